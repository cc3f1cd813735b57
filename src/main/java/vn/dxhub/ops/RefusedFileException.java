package vn.dxhub.ops;

/** An uploaded file the hub refused (not a spreadsheet, too large, ...); answered with 400, the reason and the run that recorded it. */
class RefusedFileException extends InvalidRequestException {

    private final long runId;

    RefusedFileException(String file, String messageVi, String messageEn, long runId) {
        super("file", file, messageVi, messageEn);
        this.runId = runId;
    }

    @Override
    Long runId() {
        return runId;
    }
}
