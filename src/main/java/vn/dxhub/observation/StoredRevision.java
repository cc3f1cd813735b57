package vn.dxhub.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One revision of an observation as it was recorded, with its delivery and the national system's receipts. */
public record StoredRevision(long id, int revision, BigDecimal value, String unitOfMeasure, BigDecimal numerator, BigDecimal denominator,
                             String status, Instant recordedAt, Long runId, Payload payload, Delivery delivery) {

    /** The raw payload the value was read from (provenance). */
    public record Payload(long id, String sha256, String requestRef, Instant fetchedAt) {}

    /** The revision's row in the outbox; receipts newest first. */
    public record Delivery(long id, String state, int attempts, String lastError, List<Receipt> receipts) {}

    /** One answer of the national system. */
    public record Receipt(String outcome, String reason, String nationalRef, Instant receivedAt) {}
}
