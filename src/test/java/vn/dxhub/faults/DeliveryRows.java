package vn.dxhub.faults;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery outbox and the evidence log as the push scenarios watch them in the shared database: what a hub holds in
 * flight (its lease owner is "pid@host/..."), what waits, and whether given deliveries ended settled once.
 */
final class DeliveryRows {

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deliveries the hub's workers hold in flight: claimed, being pushed or settled, not yet answered. */
    List<Long> heldBy(HubProcess hub) {
        return jdbc.sql("select id from delivery where state = 'in_flight' and lease_owner like :owner order by id")
                .param("owner", hub.pid() + "@%").query(Long.class).list();
    }

    /**
     * The deliveries the hub claimed less than {@code within} ago and still holds: a batch whose push has only begun,
     * given the lease the hub takes on a claim.
     */
    List<Long> justClaimedBy(HubProcess hub, Duration lease, Duration within) {
        return jdbc.sql("select id from delivery where state = 'in_flight' and lease_owner like :owner and lease_until > :since order by id")
                .param("owner", hub.pid() + "@%").param("since", Timestamp.from(Instant.now().plus(lease).minus(within)))
                .query(Long.class).list();
    }

    List<Long> pending() {
        return jdbc.sql("select id from delivery where state = 'pending' order by id").query(Long.class).list();
    }

    /** Deliveries waiting or in flight: zero once everything the hubs stored has had its answer. */
    long unsettled() {
        return jdbc.sql("select count(*) from delivery where state in ('pending', 'in_flight')").query(Long.class).single();
    }

    /** Of these deliveries, those that did not end delivered or rejected with exactly one receipt, with what they are instead. */
    List<String> notSettledOnce(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select d.idempotency_key || ' ' || d.state || ', ' || (select count(*) from delivery_receipt r where r.delivery_id = d.id)
                               || ' receipts'
                        from delivery d where d.id in (:ids)
                        and (d.state not in ('delivered', 'rejected') or (select count(*) from delivery_receipt r where r.delivery_id = d.id) <> 1)
                        order by d.id""")
                .param("ids", ids).query(String.class).list();
    }

    /** Of these deliveries, those claimed only once: a crashed hub's rows must have been claimed again after its lease lapsed. */
    List<String> claimedOnlyOnce(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select idempotency_key || ' after ' || attempts || ' attempt(s)' from delivery where id in (:ids) and attempts < 2 order by id")
                .param("ids", ids).query(String.class).list();
    }

    /** The id of the last evidence entry, 0 when there is none. */
    long lastEvidenceId() {
        return jdbc.sql("select coalesce(max(id), 0) from delivery_evidence").query(Long.class).single();
    }

    /** The HTTP status of every push recorded after the entry {@code afterId}, null for a push that got no answer. */
    List<Integer> evidenceStatusesAfter(long afterId) {
        return jdbc.sql("select response_status from delivery_evidence where id > :after order by id").param("after", afterId)
                .query((rs, n) -> rs.getObject(1, Integer.class)).list();
    }
}
