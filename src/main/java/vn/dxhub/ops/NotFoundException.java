package vn.dxhub.ops;

/** Something the request names does not exist; answered with 404 and what was looked for. */
class NotFoundException extends InvalidRequestException {

    NotFoundException(String field, String value, String messageVi, String messageEn) {
        super(field, value, messageVi, messageEn);
    }

    @Override
    public int status() {
        return 404;
    }
}
