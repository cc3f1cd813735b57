package vn.dxhub.delivery;

/**
 * What the national system answered for one record of a batch.
 *
 * @param reason      the national system's reason, required for a rejection, otherwise optional
 * @param nationalRef the national system's id of the stored value, when it gives one
 * @param duplicate   true when the national system had already seen this idempotency key and answered from its memory
 */
public record RecordAnswer(String idempotencyKey, RecordOutcome outcome, String reason, String nationalRef, boolean duplicate) {}
