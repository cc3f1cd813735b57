package vn.dxhub.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Per connector, the last reporting period fully fetched after its deadline: a run after downtime starts after it. */
@Repository
public class WatermarkStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public WatermarkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> lastPeriod(String connectorId) {
        return jdbc.sql("select last_period from connector_watermark where connector_id = :c")
                .param("c", connectorId).query(String.class).optional();
    }

    @Transactional
    public void advance(String connectorId, String period) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update connector_watermark set last_period = :p, updated_at = :at where connector_id = :c and last_period < :p")
                .param("p", period).param("at", now).param("c", connectorId).update();
        if (updated == 0) {
            jdbc.sql("insert into connector_watermark (connector_id, last_period, updated_at) values (:c, :p, :at) on conflict do nothing")
                    .param("c", connectorId).param("p", period).param("at", now).update();
        }
    }
}
