package vn.dxhub.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Connectors paused by an operator. Kept in the hub's database rather than in memory, so a pause survives a restart
 * and every hub instance of a cluster skips the connector's schedule.
 */
@Repository
public class ConnectorPauses {

    /** Who paused a connector, when, and why (the reason may be empty). */
    public record Pause(String connectorId, String pausedBy, Instant pausedAt, String reason) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public ConnectorPauses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Pauses the connector; empty when it was already paused (the earlier pause stays as it was). */
    public Optional<Pause> pause(String connectorId, String by, String reason) {
        AuditLog.requireActor(by);
        Pause pause = new Pause(connectorId, by, clock.instant(), reason == null || reason.isBlank() ? null : reason.strip());
        try {
            jdbc.sql("insert into connector_pause (connector_id, paused_by, paused_at, reason) values (:c, :by, :at, :r)")
                    .param("c", connectorId).param("by", by).param("at", Timestamp.from(pause.pausedAt()))
                    .param("r", PayloadArchive.truncate(pause.reason(), 1000)).update();
            return Optional.of(pause);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /** Resumes the connector; the pause it ended, or empty when it was not paused. */
    public Optional<Pause> resume(String connectorId) {
        Optional<Pause> pause = find(connectorId);
        // of two operators resuming at once, only the one whose delete took the row has resumed it
        return pause.filter(p -> jdbc.sql("delete from connector_pause where connector_id = :c").param("c", connectorId).update() == 1);
    }

    public Optional<Pause> find(String connectorId) {
        return jdbc.sql("select connector_id, paused_by, paused_at, reason from connector_pause where connector_id = :c")
                .param("c", connectorId).query(ConnectorPauses::pause).optional();
    }

    public boolean isPaused(String connectorId) {
        return find(connectorId).isPresent();
    }

    /** Every pause, by connector. */
    public Map<String, Pause> all() {
        return jdbc.sql("select connector_id, paused_by, paused_at, reason from connector_pause").query(ConnectorPauses::pause).list()
                .stream().collect(Collectors.toMap(Pause::connectorId, Function.identity()));
    }

    private static Pause pause(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pause(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4));
    }
}
