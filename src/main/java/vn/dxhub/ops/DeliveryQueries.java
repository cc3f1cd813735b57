package vn.dxhub.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery outbox as operators look at it: counts by state, a filtered list, and one delivery with its receipts. */
@Repository
public class DeliveryQueries {

    public static final List<String> STATES = List.of("pending", "in_flight", "delivered", "rejected", "dead");

    /** What the list is filtered by; every part is optional. */
    public record Filter(String state, String indicator, String unit, String period) {}

    /** One delivery: the revision it carries and where it stands. */
    public record Item(long id, String state, String indicator, String unit, String period, int revision, String value, int attempts,
                       String lastError, Instant updatedAt) {}

    /** The national system's answer for a delivery. */
    public record Receipt(String outcome, String reason, String nationalRef, boolean duplicate, Instant receivedAt) {}

    /** One delivery in full. */
    public record Detail(Item delivery, String idempotencyKey, String sourceSystem, String connector, String status, Instant createdAt,
                         Instant nextAttemptAt, String batchId, List<Receipt> receipts) {}

    /** Counts per state (every state, zero included), how long the oldest pending delivery has waited, and the last batch sent. */
    public record Summary(Map<String, Long> counts, Long oldestPendingSeconds, Instant lastBatchAt) {}

    private static final String SELECT = """
            select d.id, d.state, o.indicator_code, o.unit_id, o.period_id, r.revision, r.obs_value, d.attempts, d.last_error, d.updated_at,
                   d.idempotency_key, o.source_system, o.connector_id, r.status, d.created_at, d.next_attempt_at, d.batch_id
            from delivery d join observation_revision r on r.id = d.revision_id join observation o on o.id = r.observation_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Paging.Page<Item> list(Filter filter, Paging paging) {
        Filters where = new Filters()
                .when(Filters.oneOf("state", filter.state(), Set.copyOf(STATES)), "d.state = :state", "state")
                .when(filter.indicator(), "o.indicator_code = :indicator", "indicator")
                .when(filter.unit(), "o.unit_id = :unit", "unit")
                .when(filter.period(), "o.period_id = :period", "period");
        long total = jdbc.sql("""
                        select count(*) from delivery d join observation_revision r on r.id = d.revision_id
                        join observation o on o.id = r.observation_id""" + where.where())
                .params(where.params()).query(Long.class).single();
        List<Item> items = jdbc.sql(SELECT + where.where() + " order by d.updated_at desc, d.id desc limit :limit offset :offset")
                .params(where.params(paging)).query(DeliveryQueries::item).list();
        return Paging.Page.of(items, total, paging);
    }

    public Summary summary() {
        Map<String, Long> counts = counts();
        Instant oldestPending = jdbc.sql("select min(created_at) from delivery where state = 'pending'")
                .query((rs, n) -> Filters.instant(rs.getTimestamp(1))).optional().orElse(null);
        Instant lastBatch = jdbc.sql("select max(sent_at) from delivery_evidence")
                .query((rs, n) -> Filters.instant(rs.getTimestamp(1))).optional().orElse(null);
        return new Summary(counts, oldestPending == null ? null : Duration.between(oldestPending, clock.instant()).toSeconds(), lastBatch);
    }

    /** Deliveries per state, every state named (zero when none). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(s -> counts.put(s, 0L));
        jdbc.sql("select state, count(*) from delivery group by state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public Optional<Detail> detail(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id)
                .query((rs, n) -> new Detail(item(rs, n), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        Filters.instant(rs.getTimestamp(15)), Filters.instant(rs.getTimestamp(16)), rs.getString(17), List.of()))
                .optional()
                .map(d -> new Detail(d.delivery(), d.idempotencyKey(), d.sourceSystem(), d.connector(), d.status(), d.createdAt(),
                        d.nextAttemptAt(), d.batchId(), receipts(id)));
    }

    /** The ids of every dead delivery, oldest first. */
    public List<Long> deadIds() {
        return jdbc.sql("select id from delivery where state = 'dead' order by id").query(Long.class).list();
    }

    private List<Receipt> receipts(long deliveryId) {
        return jdbc.sql("select outcome, reason, national_ref, duplicate, received_at from delivery_receipt where delivery_id = :id order by id")
                .param("id", deliveryId)
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), Filters.instant(rs.getTimestamp(5))))
                .list();
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getBigDecimal(7).stripTrailingZeros().toPlainString(), rs.getInt(8), rs.getString(9), Filters.instant(rs.getTimestamp(10)));
    }
}
