package vn.dxhub.ops;

/** What the request needs is failing for now (the database, say); answered with 503: try again later. */
class UnavailableException extends InvalidRequestException {

    private final long runId;

    UnavailableException(String field, String value, String messageVi, String messageEn, long runId) {
        super(field, value, messageVi, messageEn);
        this.runId = runId;
    }

    @Override
    Long runId() {
        return runId < 0 ? null : runId;
    }

    @Override
    public int status() {
        return 503;
    }
}
