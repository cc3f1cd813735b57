package vn.dxhub.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the outcome of one push for each delivery the worker still holds, inside the transaction of the settlement,
 * and counts them: a receipt and delivered or rejected for an answer; pending with backoff, or dead when out of
 * attempts, for a record to try again; dead at once for a batch refused as a whole.
 */
final class Settlement {

    private static final int ERROR_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Claim claim;
    private final int maxAttempts;
    private final Backoff backoff;
    private int accepted;
    private int updated;
    private int unchanged;
    private int rejected;
    private int toRetry;
    private int dead;
    private int leaseLost;

    Settlement(JdbcClient jdbc, Clock clock, Claim claim, int maxAttempts, Backoff backoff) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claim = claim;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    void receipt(long deliveryId, RecordAnswer answer) {
        boolean refused = answer.outcome() == RecordOutcome.REJECTED;
        String reason = refused && (answer.reason() == null || answer.reason().isBlank())
                ? "hệ thống quốc gia từ chối mà không nêu lý do / rejected without a reason" : answer.reason();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into delivery_receipt (delivery_id, outcome, reason, national_ref, received_at, duplicate, batch_id)
                        values (:id, :outcome, :reason, :ref, :at, :duplicate, :batch)""")
                .param("id", deliveryId).param("outcome", answer.outcome().code()).param("reason", truncate(reason))
                .param("ref", answer.nationalRef()).param("at", now).param("duplicate", answer.duplicate()).param("batch", claim.batchId())
                .update();
        jdbc.sql("""
                        update delivery set state = :state, last_error = :error, lease_owner = null, lease_until = null, updated_at = :at
                        where id = :id""")
                .param("state", refused ? "rejected" : "delivered").param("error", refused ? truncate(reason) : null).param("at", now)
                .param("id", deliveryId)
                .update();
        switch (answer.outcome()) {
            case ACCEPTED -> accepted++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected++;
        }
    }

    /** Pending again after the backoff (or the Retry-After asked for), or dead when this was the last attempt. */
    void retryOrDead(long deliveryId, int attempts, Duration retryAfter, String error) {
        if (attempts >= maxAttempts) {
            dead(deliveryId, error + " (hết " + attempts + " lần thử / after " + attempts + " attempts)");
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update delivery set state = 'pending', next_attempt_at = :next, last_error = :error, lease_owner = null,
                               lease_until = null, updated_at = :now
                        where id = :id""")
                .param("next", Timestamp.from(now.plus(backoff.after(attempts, retryAfter)))).param("error", truncate(error))
                .param("now", Timestamp.from(now)).param("id", deliveryId)
                .update();
        toRetry++;
    }

    void dead(long deliveryId, String error) {
        jdbc.sql("update delivery set state = 'dead', last_error = :error, lease_owner = null, lease_until = null, updated_at = :now where id = :id")
                .param("error", truncate(error)).param("now", Timestamp.from(clock.instant())).param("id", deliveryId)
                .update();
        dead++;
    }

    /** The row was claimed again by another worker after this one's lease lapsed: its outcome is that worker's to write. */
    void leaseLost() {
        leaseLost++;
    }

    Settled settled() {
        return new Settled(claim.batchId(), claim.size(), accepted, updated, unchanged, rejected, toRetry, dead, leaseLost);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
