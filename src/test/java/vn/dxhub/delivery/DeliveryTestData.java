package vn.dxhub.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;

/** Stored values waiting in the outbox, for delivery tests. */
final class DeliveryTestData {

    private DeliveryTestData() {}

    /** Stores {@code n} new values in one transaction (so they become ready together) and returns their idempotency keys in order. */
    static List<String> storeValues(ObservationStore store, TransactionTemplate tx, JdbcClient jdbc, int n) {
        long before = jdbc.sql("select coalesce(max(id), 0) from delivery").query(Long.class).single();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < n; i++) {
                store.store(value("T" + before + "-" + i, "80"), new ObservationStore.Provenance("test", null, null));
            }
        });
        return jdbc.sql("select idempotency_key from delivery where id > :before order by id").param("before", before).query(String.class).list();
    }

    static Observation value(String unit, String value) {
        return new Observation("1.4", unit, "2025Q3", new BigDecimal(value), "percent", null, null, ObservationStatus.OFFICIAL, null,
                new ObservationSource("lgsp", "test", "r-" + unit, Instant.parse("2025-10-01T00:00:00Z"), null));
    }

    static String state(JdbcClient jdbc, String key) {
        return jdbc.sql("select state from delivery where idempotency_key = :k").param("k", key).query(String.class).single();
    }

    static long deliveryId(JdbcClient jdbc, String key) {
        return jdbc.sql("select id from delivery where idempotency_key = :k").param("k", key).query(Long.class).single();
    }
}
