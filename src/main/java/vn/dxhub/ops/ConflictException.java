package vn.dxhub.ops;

/** The request clashes with what is going on (a connector already running); answered with 409. */
class ConflictException extends InvalidRequestException {

    ConflictException(String field, String value, String messageVi, String messageEn) {
        super(field, value, messageVi, messageEn);
    }

    @Override
    public int status() {
        return 409;
    }
}
