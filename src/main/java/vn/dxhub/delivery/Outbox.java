package vn.dxhub.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery outbox as one owner (a hub instance) works it. A claim takes ready rows with {@code SELECT ... FOR UPDATE
 * SKIP LOCKED}, so instances on one database never take the same row, and leases them; a lease that lapses (its
 * worker crashed) makes the rows claimable again. Every later change of a claimed row is guarded by its owner, its batch
 * and the in-flight state, so a worker whose lease lapsed cannot overwrite the bookkeeping of the worker that claimed the
 * rows again. Each push is written to the evidence log in the same transaction as its outcome.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EvidenceLog evidence;
    private final OutgoingRecords records;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final int maxAttempts;
    private final Backoff backoff;

    public Outbox(JdbcClient jdbc, TransactionTemplate tx, EvidenceLog evidence, Clock clock, DeliveryProperties settings, String owner) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.evidence = evidence;
        this.records = new OutgoingRecords(jdbc);
        this.clock = clock;
        this.owner = owner;
        this.lease = settings.getLease();
        this.maxAttempts = settings.getMaxAttempts();
        this.backoff = new Backoff(settings.getInitialBackoff(), settings.getMaxBackoff());
    }

    /** Claims up to {@code max} ready rows, however few. */
    public Optional<Claim> claim(int max) {
        return claim(max, Duration.ZERO);
    }

    /**
     * Claims a batch when {@code max} rows are ready or the oldest ready row has waited {@code linger}; otherwise claims
     * nothing, so that records arriving one by one travel together. Ready means pending and due, or in flight with a
     * lapsed lease, and no earlier revision of the same value still waiting or in flight: the national system keeps the
     * last value it receives, so revisions of one value reach it in order. Each claimed row counts an attempt.
     */
    public Optional<Claim> claim(int max, Duration linger) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<Ready> ready = jdbc.sql("""
                            select d.id, case when d.state = 'pending' then d.next_attempt_at else d.lease_until end as ready_since
                            from delivery d
                            where ((d.state = 'pending' and d.next_attempt_at <= :now) or (d.state = 'in_flight' and d.lease_until < :now))
                              and not exists (
                                  select 1 from observation_revision r
                                  join observation_revision earlier on earlier.observation_id = r.observation_id and earlier.revision < r.revision
                                  join delivery e on e.revision_id = earlier.id
                                  where r.id = d.revision_id and e.state in ('pending', 'in_flight'))
                            order by ready_since, d.id
                            limit :max
                            for update skip locked""")
                    .param("now", Timestamp.from(now)).param("max", max)
                    .query((rs, n) -> new Ready(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                    .list();
            if (ready.isEmpty() || ready.size() < max && ready.get(0).since().isAfter(now.minus(linger))) {
                return Optional.<Claim>empty();
            }
            List<Long> ids = ready.stream().map(Ready::id).toList();
            String batchId = "b-" + UUID.randomUUID();
            jdbc.sql("""
                            update delivery set state = 'in_flight', lease_owner = :owner, lease_until = :until, batch_id = :batch,
                                   attempts = attempts + 1, updated_at = :now
                            where id in (:ids)""")
                    .param("owner", owner).param("until", Timestamp.from(now.plus(lease))).param("batch", batchId)
                    .param("now", Timestamp.from(now)).param("ids", ids)
                    .update();
            int attempt = jdbc.sql("select max(attempts) from delivery where id in (:ids)").param("ids", ids).query(Integer.class).single();
            return Optional.of(new Claim(new Batch(batchId, records.of(ids)), attempt));
        });
    }

    private record Ready(long id, Instant since) {}

    /** The national system answered record by record: a receipt for each answer, a missing answer is tried again. */
    public Settled answered(Claim claim, Instant sentAt, PushResult result) {
        return tx.execute(status -> {
            Map<Long, Integer> held = lockHeld(claim);
            evidence.append(new EvidenceEntry(sentAt, claim.attempt(), claim.batchId(), deliveryIds(claim), result.requestSha256(),
                    result.status(), result.summary()));
            Map<String, RecordAnswer> answers = result.answers().stream()
                    .collect(Collectors.toMap(RecordAnswer::idempotencyKey, a -> a, (first, again) -> first));
            Settlement settlement = settlement(claim);
            for (OutgoingRecord record : claim.batch().records()) {
                Integer attempts = held.get(record.deliveryId());
                RecordAnswer answer = answers.get(record.idempotencyKey());
                if (attempts == null) {
                    settlement.leaseLost();
                } else if (answer == null) {
                    settlement.retryOrDead(record.deliveryId(), attempts, null, "hệ thống quốc gia không trả lời bản ghi này trong lô "
                            + claim.batchId() + " / the national system did not answer this record in batch " + claim.batchId());
                } else {
                    settlement.receipt(record.deliveryId(), answer);
                }
            }
            return settlement.settled();
        });
    }

    /** The national system did not answer the batch: transient failures wait and are tried again, a refused batch is dead. */
    public Settled failed(Claim claim, Instant sentAt, PushFailure failure) {
        return tx.execute(status -> {
            Map<Long, Integer> held = lockHeld(claim);
            Integer answerStatus = failure.status() == 0 ? null : failure.status();
            String error = (answerStatus == null ? "" : "HTTP " + answerStatus + ": ") + failure.getMessage();
            evidence.append(new EvidenceEntry(sentAt, claim.attempt(), claim.batchId(), deliveryIds(claim), failure.requestSha256(),
                    answerStatus, error));
            Settlement settlement = settlement(claim);
            for (OutgoingRecord record : claim.batch().records()) {
                Integer attempts = held.get(record.deliveryId());
                if (attempts == null) {
                    settlement.leaseLost();
                } else if (failure.isTransient()) {
                    settlement.retryOrDead(record.deliveryId(), attempts, failure.retryAfter(), error);
                } else {
                    settlement.dead(record.deliveryId(), "hệ thống quốc gia từ chối cả lô / the national system refused the whole batch: " + error);
                }
            }
            return settlement.settled();
        });
    }

    /** A claimed batch that was not sent (circuit open, stopping): back to pending, the attempt not counted. Returns the rows released. */
    public int release(Claim claim) {
        return jdbc.sql("""
                        update delivery set state = 'pending', attempts = attempts - 1, lease_owner = null, lease_until = null, updated_at = :now
                        where id in (:ids) and lease_owner = :owner and batch_id = :batch and state = 'in_flight'""")
                .param("now", Timestamp.from(clock.instant())).param("ids", ids(claim)).param("owner", owner).param("batch", claim.batchId())
                .update();
    }

    /**
     * On stop, everything this owner still holds goes back to pending, to be delivered after the restart (or by another
     * instance). A batch still being sent keeps its attempt; the national system is idempotent on the key.
     */
    public int releaseHeld() {
        return jdbc.sql("""
                        update delivery set state = 'pending', lease_owner = null, lease_until = null, updated_at = :now
                        where lease_owner = :owner and state = 'in_flight'""")
                .param("now", Timestamp.from(clock.instant())).param("owner", owner)
                .update();
    }

    /** Rows this owner has in flight. */
    public int held() {
        return jdbc.sql("select count(*) from delivery where lease_owner = :owner and state = 'in_flight'")
                .param("owner", owner).query(Integer.class).single();
    }

    /** The rows of the claim this worker still holds, locked, with their attempts. */
    private Map<Long, Integer> lockHeld(Claim claim) {
        Map<Long, Integer> held = new HashMap<>();
        jdbc.sql("""
                        select id, attempts from delivery
                        where id in (:ids) and lease_owner = :owner and batch_id = :batch and state = 'in_flight'
                        for update""")
                .param("ids", ids(claim)).param("owner", owner).param("batch", claim.batchId())
                .query(rs -> {
                    held.put(rs.getLong(1), rs.getInt(2));
                });
        return held;
    }

    private Settlement settlement(Claim claim) {
        return new Settlement(jdbc, clock, claim, maxAttempts, backoff);
    }

    private static List<Long> ids(Claim claim) {
        return claim.batch().records().stream().map(OutgoingRecord::deliveryId).toList();
    }

    private static String deliveryIds(Claim claim) {
        return ids(claim).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
