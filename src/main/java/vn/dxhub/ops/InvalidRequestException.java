package vn.dxhub.ops;

/**
 * A request parameter that cannot be used; answered with 400 and the parameter named (subclasses: 404, 409, 503). The
 * API answers it through its route configuration, the console with its error page.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String value;
    private final String messageEn;

    InvalidRequestException(String field, String value, String messageVi, String messageEn) {
        super(messageVi);
        this.field = field;
        this.value = value;
        this.messageEn = messageEn;
    }

    /** The HTTP status that answers it. */
    public int status() {
        return 400;
    }

    /** The message in the reader's language (Vietnamese unless English was chosen), after the parameter and its value. */
    public String message(java.util.Locale locale) {
        String message = "en".equals(locale.getLanguage()) ? messageEn : getMessage();
        return field == null ? message : field + " = " + value + ": " + message;
    }

    ApiError toError() {
        return new ApiError(field, value, getMessage(), messageEn, runId());
    }

    /** The run that recorded the refusal, when there is one. */
    Long runId() {
        return null;
    }
}
