package vn.dxhub.delivery;

/**
 * A batch a worker claimed from the outbox, with the highest attempt number among its deliveries (1 for a first try),
 * which the evidence log records.
 */
public record Claim(Batch batch, int attempt) {

    public String batchId() {
        return batch.batchId();
    }

    public int size() {
        return batch.records().size();
    }
}
