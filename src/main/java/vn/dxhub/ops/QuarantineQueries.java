package vn.dxhub.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dxhub.validation.Problem;

/** The quarantine as operators look at it: a filtered, paged list, and one entry with its payload and resolution. */
@Repository
public class QuarantineQueries {

    public static final Set<String> STATES = Set.of("open", "resubmitted", "discarded");

    /** What the list is filtered by; every part is optional. {@code reason} is text looked for in the reasons. */
    public record Filter(String state, String connector, String reason, String from, String to) {}

    /** One row of the list. */
    public record Item(long id, String connector, Long runId, String locator, Problem firstReason, int reasonCount, Instant created,
                       String state, String resolvedBy, Instant resolvedAt) {}

    /** Where the payload of an entry came from. */
    public record PayloadRef(long id, String sourceSystem, String requestRef, Instant fetchedAt, String sha256) {}

    /** One entry: the fragment exactly as received, every reason, the payload, and how it was settled. */
    public record Detail(long id, String connector, Long runId, String locator, String fragment, List<Problem> reasons, PayloadRef payload,
                         Instant created, String state, String resolvedBy, Instant resolvedAt, String resolutionNote, String correctedFragment) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    QuarantineQueries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Newest first; a bad filter value is refused naming its parameter. */
    public Paging.Page<Item> list(Filter filter, Paging paging) {
        Filters where = new Filters()
                .when(Filters.oneOf("state", filter.state(), STATES), "state = :state", "state")
                .when(filter.connector(), "connector_id = :connector", "connector")
                .contains(filter.reason(), "reasons", "reason")
                .when(Filters.time("from", filter.from(), clock.getZone(), false), "created_at >= :from", "from")
                .when(Filters.time("to", filter.to(), clock.getZone(), true), "created_at < :to", "to");
        long total = jdbc.sql("select count(*) from quarantine" + where.where()).params(where.params()).query(Long.class).single();
        List<Item> items = jdbc.sql("""
                        select id, connector_id, run_id, record_locator, reasons, created_at, state, resolved_by, resolved_at
                        from quarantine""" + where.where() + " order by created_at desc, id desc limit :limit offset :offset")
                .params(where.params(paging))
                .query(this::item)
                .list();
        return Paging.Page.of(items, total, paging);
    }

    public Optional<Detail> detail(long id) {
        return jdbc.sql("""
                        select q.id, q.connector_id, q.run_id, q.record_locator, q.fragment, q.reasons, q.created_at, q.state, q.resolved_by,
                               q.resolved_at, q.resolution_note, q.corrected_fragment,
                               p.id, p.source_system, p.request_ref, p.fetched_at, p.sha256
                        from quarantine q left join raw_payload p on p.id = q.payload_id
                        where q.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Detail(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                        reasons(rs.getString(6)), payload(rs), Filters.instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9),
                        Filters.instant(rs.getTimestamp(10)), rs.getString(11), rs.getString(12)))
                .optional();
    }

    /** The observation a resubmitted entry became, as stored now: its id and revision. */
    public record StoredValue(long observationId, int revision, String indicator, String reportingUnit, String period, String value, String status) {}

    public Optional<StoredValue> storedValue(String connector, String indicator, String unit, String period) {
        return jdbc.sql("""
                        select id, revision, indicator_code, unit_id, period_id, obs_value, status from observation
                        where connector_id = :c and indicator_code = :i and unit_id = :u and period_id = :p""")
                .param("c", connector).param("i", indicator).param("u", unit).param("p", period)
                .query((rs, n) -> new StoredValue(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6).stripTrailingZeros().toPlainString(), rs.getString(7)))
                .optional();
    }

    private Item item(ResultSet rs, int n) throws SQLException {
        List<Problem> reasons = reasons(rs.getString(5));
        return new Item(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), reasons.isEmpty() ? null : reasons.get(0),
                reasons.size(), Filters.instant(rs.getTimestamp(6)), rs.getString(7), rs.getString(8), Filters.instant(rs.getTimestamp(9)));
    }

    private static PayloadRef payload(ResultSet rs) throws SQLException {
        Long id = rs.getObject(13, Long.class);
        return id == null ? null : new PayloadRef(id, rs.getString(14), rs.getString(15), Filters.instant(rs.getTimestamp(16)), rs.getString(17));
    }

    private List<Problem> reasons(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Problem>>() {});
        } catch (JsonProcessingException e) {
            // reasons are written as JSON by the quarantine; one that is not still reads as its text
            return List.of(new Problem("$", null, text, text));
        }
    }
}
