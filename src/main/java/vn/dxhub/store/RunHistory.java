package vn.dxhub.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the run ledger for operations: the last runs of connectors, their recent history, and runs found by a filter. */
@Repository
public class RunHistory {

    private static final String COLUMNS = """
            select id, connector_id, trigger_kind, status, started_at, ended_at, pages, records_read, stored, unchanged, quarantined,
                   periods, error_kind, error_message from connector_run""";

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded run. */
    public record Run(long id, String connectorId, String trigger, String status, Instant startedAt, Instant endedAt, int pages,
                      int recordsRead, int stored, int unchanged, int quarantined, String periods, String errorKind, String errorMessage) {

        public boolean failed() {
            return "failed".equals(status);
        }

        public boolean running() {
            return "running".equals(status);
        }

        /** How long the run took, or has taken so far. */
        public Duration duration(Instant now) {
            return Duration.between(startedAt, endedAt == null ? now : endedAt);
        }
    }

    /** Which runs to list: each criterion is optional (null). */
    public record Filter(String connectorId, String status, Instant from, Instant to) {}

    public Optional<Run> last(String connectorId) {
        return jdbc.sql(COLUMNS + " where connector_id = :c order by id desc limit 1").param("c", connectorId).query(RunHistory::run).optional();
    }

    /** The last run of every connector that ran, by connector: one query for the whole overview. */
    public Map<String, Run> lastOfEach() {
        return byConnector(jdbc.sql(COLUMNS + " where id in (select max(id) from connector_run group by connector_id)").query(RunHistory::run).list());
    }

    /** The last successful run of every connector that had one, by connector. */
    public Map<String, Run> lastSuccessOfEach() {
        return byConnector(jdbc.sql(COLUMNS + " where id in (select max(id) from connector_run where status = 'succeeded' group by connector_id)")
                .query(RunHistory::run).list());
    }

    /** The connector's latest runs, newest first. */
    public List<Run> recent(String connectorId, int count) {
        return jdbc.sql(COLUMNS + " where connector_id = :c order by id desc limit :n").param("c", connectorId).param("n", count)
                .query(RunHistory::run).list();
    }

    /** The connector's latest successful runs, newest first (how long its runs usually take). */
    public List<Run> recentSuccesses(String connectorId, int count) {
        return jdbc.sql(COLUMNS + " where connector_id = :c and status = 'succeeded' order by id desc limit :n").param("c", connectorId)
                .param("n", count).query(RunHistory::run).list();
    }

    /** A slice of the runs the filter finds, newest first. */
    public List<Run> find(Filter filter, int offset, int limit) {
        Map<String, Object> params = params(filter);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + where(filter) + " order by started_at desc, id desc limit :limit offset :offset").params(params)
                .query(RunHistory::run).list();
    }

    /** How many runs the filter finds. */
    public long count(Filter filter) {
        return jdbc.sql("select count(*) from connector_run" + where(filter)).params(params(filter)).query(Long.class).single();
    }

    /** The conditions are fixed text; only their values are bound. */
    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.connectorId() != null) {
            where.append(" and connector_id = :connector");
        }
        if (f.status() != null) {
            where.append(" and status = :status");
        }
        if (f.from() != null) {
            where.append(" and started_at >= :from");
        }
        if (f.to() != null) {
            where.append(" and started_at < :to");
        }
        return where.toString();
    }

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("connector", f.connectorId());
        params.put("status", f.status());
        params.put("from", f.from() == null ? null : Timestamp.from(f.from()));
        params.put("to", f.to() == null ? null : Timestamp.from(f.to()));
        params.values().removeIf(java.util.Objects::isNull);
        return params;
    }

    private static Map<String, Run> byConnector(List<Run> runs) {
        return runs.stream().collect(Collectors.toMap(Run::connectorId, Function.identity()));
    }

    private static Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                rs.getString(13), rs.getString(14));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
