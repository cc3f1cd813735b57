package vn.dxhub.delivery;

import java.util.List;

/** The records sent to the national system in one request; the batch id is quoted in the evidence log and the request. */
public record Batch(String batchId, List<OutgoingRecord> records) {

    public Batch {
        records = List.copyOf(records);
    }
}
