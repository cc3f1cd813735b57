package vn.dxhub.delivery;

/**
 * The national digital-transformation evaluation system as the delivery workers see it: one batch in, an answer per
 * record out. The wire format (common schema v1 records under their idempotency keys, per-record answers) is described
 * in docs/national-intake.md; {@code NationalClient} speaks it over HTTP, the sandbox serves it.
 */
public interface NationalSystem {

    /**
     * Sends one batch. Returns when the national system answered the batch record by record (whatever the outcomes);
     * throws {@link PushFailure} when it did not.
     */
    PushResult push(Batch batch);
}
