package vn.dxhub.store;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the run ledger for operations: the last run of a connector. */
@Repository
public class RunHistory {

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded run. */
    public record Run(long id, String connectorId, String trigger, String status, Instant startedAt, Instant endedAt, int pages,
                      int recordsRead, int stored, int unchanged, int quarantined, String periods, String errorKind, String errorMessage) {}

    public Optional<Run> last(String connectorId) {
        return jdbc.sql("""
                        select id, connector_id, trigger_kind, status, started_at, ended_at, pages, records_read, stored, unchanged, quarantined,
                               periods, error_kind, error_message
                        from connector_run where connector_id = :c order by id desc limit 1""")
                .param("c", connectorId)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)))
                .optional();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
