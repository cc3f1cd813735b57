package vn.dxhub.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One run per connector across every hub instance: a run holds the connector's lease in the database and
 * renews it as it goes; a lease nobody renews (its instance crashed) expires and can be taken again.
 */
@Repository
public class ConnectorLeases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String holder = "hub-" + UUID.randomUUID();

    public ConnectorLeases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the connector's lease for this instance; false when another run holds it. */
    public boolean acquire(String connectorId, Duration ttl) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(ttl));
        int taken = jdbc.sql("update connector_lease set holder = :h, expires_at = :u where connector_id = :c and expires_at < :now")
                .param("h", holder).param("u", until).param("c", connectorId).param("now", now).update();
        if (taken == 1) {
            return true;
        }
        return jdbc.sql("""
                        insert into connector_lease (connector_id, holder, expires_at) values (:c, :h, :u)
                        on conflict do nothing""")
                .param("c", connectorId).param("h", holder).param("u", until).update() == 1;
    }

    public void renew(String connectorId, Duration ttl) {
        jdbc.sql("update connector_lease set expires_at = :u where connector_id = :c and holder = :h")
                .param("u", Timestamp.from(clock.instant().plus(ttl))).param("c", connectorId).param("h", holder).update();
    }

    public void release(String connectorId) {
        jdbc.sql("delete from connector_lease where connector_id = :c and holder = :h").param("c", connectorId).param("h", holder).update();
    }

    public boolean isHeld(String connectorId) {
        return jdbc.sql("select count(*) from connector_lease where connector_id = :c and expires_at >= :now")
                .param("c", connectorId).param("now", Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }
}
