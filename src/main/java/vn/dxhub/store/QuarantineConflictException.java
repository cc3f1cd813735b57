package vn.dxhub.store;

/** An operator acted on a quarantine entry that is already settled (resubmitted or discarded); the REST layer answers 409. */
public class QuarantineConflictException extends RuntimeException {

    private final long quarantineId;
    private final String state;

    public QuarantineConflictException(long quarantineId, String state, String resolvedBy) {
        super("bản ghi cách ly id=" + quarantineId + " đã được xử lý (" + state + (resolvedBy == null ? "" : " bởi " + resolvedBy)
                + "), không thể xử lý lại / quarantine entry id=" + quarantineId + " is already settled (" + state
                + (resolvedBy == null ? "" : " by " + resolvedBy) + ") and cannot be settled again");
        this.quarantineId = quarantineId;
        this.state = state;
    }

    public long quarantineId() {
        return quarantineId;
    }

    /** The state the entry is in: resubmitted or discarded. */
    public String state() {
        return state;
    }
}
