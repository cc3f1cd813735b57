package vn.dxhub.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;

/** Deliveries in the outbox for console and API tests: stored the way the hub stores values, then put in the state a test needs. */
public final class OutboxRows {

    private OutboxRows() {}

    /** Stores one value of indicator 1.4 for 2025Q3 per unit and returns the ids of their deliveries, in order. */
    public static List<Long> deliveries(ObservationStore store, TransactionTemplate tx, JdbcClient jdbc, List<String> units) {
        long before = jdbc.sql("select coalesce(max(id), 0) from delivery").query(Long.class).single();
        tx.executeWithoutResult(status -> units.forEach(unit -> store.store(
                new Observation("1.4", unit, "2025Q3", new BigDecimal("80.5"), "percent", null, null, ObservationStatus.OFFICIAL, null,
                        new ObservationSource("lgsp", "lgsp-test", "r-" + unit, Instant.parse("2025-10-01T00:00:00Z"), null)),
                new ObservationStore.Provenance("lgsp-test", null, null))));
        return jdbc.sql("select id from delivery where id > :before order by id").param("before", before).query(Long.class).list();
    }

    /** Puts deliveries in a state as the workers would leave them: attempts spent and the last error. */
    public static void setState(JdbcClient jdbc, List<Long> ids, String state, String lastError) {
        jdbc.sql("update delivery set state = :s, attempts = 8, last_error = :e where id in (:ids)")
                .param("s", state).param("e", lastError).param("ids", ids).update();
    }

    public static String state(JdbcClient jdbc, long id) {
        return jdbc.sql("select state from delivery where id = :id").param("id", id).query(String.class).single();
    }
}
