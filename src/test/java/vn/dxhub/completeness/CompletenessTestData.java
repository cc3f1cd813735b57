package vn.dxhub.completeness;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;

/** Values stored the way connectors store them, and the national system's refusal of one, for completeness and indicator tests. */
public final class CompletenessTestData {

    public static final String REASON = "Giá trị 120% vượt quá 100% / value above 100%";

    private CompletenessTestData() {}

    /** Stores one value through the observation store (a revision and its delivery row) and returns the observation id. */
    public static long store(ObservationStore store, JdbcClient jdbc, String indicator, String unit, String period, String value,
                             ObservationStatus status, String source) {
        store.store(new Observation(indicator, unit, period, new BigDecimal(value), "percent", null, null, status, null,
                        new ObservationSource(source, source + "-test", "r-" + indicator + "-" + unit, Instant.parse("2026-11-20T00:00:00Z"), null)),
                new ObservationStore.Provenance(source + "-test", null, null));
        return jdbc.sql("select id from observation where indicator_code = :i and unit_id = :u and period_id = :p and source_system = :s")
                .param("i", indicator).param("u", unit).param("p", period).param("s", source).query(Long.class).single();
    }

    /** The national system refuses the observation's latest revision, recorded as the delivery worker's settlement records it. */
    public static void reject(JdbcClient jdbc, long observationId) {
        long deliveryId = jdbc.sql("""
                        select d.id from delivery d join observation_revision r on r.id = d.revision_id
                        join observation o on o.id = r.observation_id and o.revision = r.revision where o.id = :o""")
                .param("o", observationId).query(Long.class).single();
        Timestamp now = Timestamp.from(Instant.parse("2026-11-21T03:00:00Z"));
        jdbc.sql("""
                        insert into delivery_receipt (delivery_id, outcome, reason, national_ref, received_at)
                        values (:d, 'rejected', :reason, :ref, :at)""")
                .param("d", deliveryId).param("reason", REASON).param("ref", "DTI-" + deliveryId).param("at", now).update();
        jdbc.sql("update delivery set state = 'rejected', attempts = 1, last_error = :reason, updated_at = :at where id = :d")
                .param("reason", REASON).param("at", now).param("d", deliveryId).update();
    }
}
