package vn.dxhub.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log as operators read it: newest first, filtered by who, what, how it ended and when. */
@Repository
public class AuditQueries {

    public static final Set<String> OUTCOMES = Set.of("allowed", "denied", "failed");

    /** What the list is filtered by; every part is optional. {@code action} matches the start of the action ("quarantine."). */
    public record Filter(String actor, String action, String outcome, String from, String to) {}

    /** One audited action. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String target, String outcome, String before,
                        String after, String detail) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Paging.Page<Entry> list(Filter filter, Paging paging) {
        Filters where = new Filters()
                .when(filter.actor(), "actor = :actor", "actor")
                .when(filter.action() == null || filter.action().isBlank() ? null : filter.action().trim() + "%", "action like :action", "action")
                .when(Filters.oneOf("outcome", filter.outcome(), OUTCOMES), "outcome = :outcome", "outcome")
                .when(Filters.time("from", filter.from(), clock.getZone(), false), "occurred_at >= :from", "from")
                .when(Filters.time("to", filter.to(), clock.getZone(), true), "occurred_at < :to", "to");
        long total = jdbc.sql("select count(*) from audit_log" + where.where()).params(where.params()).query(Long.class).single();
        List<Entry> items = jdbc.sql("""
                        select id, occurred_at, actor, action, target, outcome, before_state, after_state, detail from audit_log"""
                        + where.where() + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params(paging))
                .query((rs, n) -> new Entry(rs.getLong(1), Filters.instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
        return Paging.Page.of(items, total, paging);
    }
}
