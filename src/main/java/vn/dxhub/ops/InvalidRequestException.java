package vn.dxhub.ops;

/** A request parameter that cannot be used; answered with 400 and the parameter named. */
class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String value;
    private final String messageEn;

    InvalidRequestException(String field, String value, String messageVi, String messageEn) {
        super(messageVi);
        this.field = field;
        this.value = value;
        this.messageEn = messageEn;
    }

    ApiError toError() {
        return new ApiError(field, value, getMessage(), messageEn, runId());
    }

    /** The run that recorded the refusal, when there is one. */
    Long runId() {
        return null;
    }
}
