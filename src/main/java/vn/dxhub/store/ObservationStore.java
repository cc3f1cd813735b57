package vn.dxhub.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.observation.Observation;

/**
 * Stores observations by (indicator, unit, period, source system). A changed value or status becomes a
 * new revision with the earlier ones kept; an identical value changes nothing. Each new revision gets
 * its delivery row in the same transaction, so nothing stored can miss the national push.
 */
@Repository
public class ObservationStore {

    private static final int SCALE = 6;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ObservationStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Where the value came from inside the hub. */
    public record Provenance(String connectorId, Long runId, Long payloadId) {}

    private record Current(long id, int revision, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String status,
                           String unitOfMeasure) {}

    public StoreOutcome store(Observation observation, Provenance provenance) {
        Observation o = normalised(observation);
        try {
            return tx.execute(status -> storeInTransaction(o, provenance));
        } catch (DuplicateKeyException concurrentFirstInsert) {
            // another instance created the row between our read and insert: read it again and revise
            return tx.execute(status -> storeInTransaction(o, provenance));
        }
    }

    private StoreOutcome storeInTransaction(Observation o, Provenance p) {
        Optional<Current> current = jdbc.sql("""
                        select id, revision, obs_value, numerator, denominator, status, unit_of_measure from observation
                        where indicator_code = :i and unit_id = :u and period_id = :p and source_system = :s for update""")
                .param("i", o.indicator()).param("u", o.reportingUnit()).param("p", o.period()).param("s", o.source().system())
                .query((rs, n) -> new Current(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getString(7)))
                .optional();
        Timestamp now = Timestamp.from(clock.instant());
        if (current.isEmpty()) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into observation (indicator_code, unit_id, period_id, source_system, connector_id, obs_value, unit_of_measure,
                                                     numerator, denominator, status, revision, source_record_id, payload_id, updated_at)
                            values (:i, :u, :p, :s, :c, :v, :uom, :num, :den, :st, 1, :rec, :pl, :at)""")
                    .param("i", o.indicator()).param("u", o.reportingUnit()).param("p", o.period()).param("s", o.source().system())
                    .param("c", p.connectorId()).param("v", o.value()).param("uom", o.unitOfMeasure()).param("num", o.numerator())
                    .param("den", o.denominator()).param("st", o.status().code()).param("rec", o.source().recordId())
                    .param("pl", p.payloadId()).param("at", now)
                    .update(key, "id");
            addRevision(key.getKeyAs(Number.class).longValue(), 1, o, p, now);
            return StoreOutcome.CREATED;
        }
        Current c = current.get();
        if (sameValue(c, o)) {
            return StoreOutcome.UNCHANGED;
        }
        int revision = c.revision() + 1;
        jdbc.sql("""
                        update observation set obs_value = :v, unit_of_measure = :uom, numerator = :num, denominator = :den, status = :st,
                               revision = :r, connector_id = :c, source_record_id = :rec, payload_id = :pl, updated_at = :at
                        where id = :id""")
                .param("v", o.value()).param("uom", o.unitOfMeasure()).param("num", o.numerator()).param("den", o.denominator())
                .param("st", o.status().code()).param("r", revision).param("c", p.connectorId()).param("rec", o.source().recordId())
                .param("pl", p.payloadId()).param("at", now).param("id", c.id())
                .update();
        addRevision(c.id(), revision, o, p, now);
        return StoreOutcome.REVISED;
    }

    private void addRevision(long observationId, int revision, Observation o, Provenance p, Timestamp now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into observation_revision (observation_id, revision, obs_value, unit_of_measure, numerator, denominator, status,
                                                          source_record_id, payload_id, run_id, recorded_at)
                        values (:o, :r, :v, :uom, :num, :den, :st, :rec, :pl, :run, :at)""")
                .param("o", observationId).param("r", revision).param("v", o.value()).param("uom", o.unitOfMeasure())
                .param("num", o.numerator()).param("den", o.denominator()).param("st", o.status().code())
                .param("rec", o.source().recordId()).param("pl", p.payloadId()).param("run", p.runId()).param("at", now)
                .update(key, "id");
        long revisionId = key.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                        insert into delivery (revision_id, idempotency_key, state, attempts, next_attempt_at, created_at, updated_at)
                        values (:rev, :key, 'pending', 0, :at, :at, :at)""")
                .param("rev", revisionId).param("key", "dxhub-" + observationId + "-r" + revision).param("at", now)
                .update();
    }

    private static boolean sameValue(Current c, Observation o) {
        return c.value().compareTo(o.value()) == 0
                && sameNumber(c.numerator(), o.numerator())
                && sameNumber(c.denominator(), o.denominator())
                && c.status().equals(o.status().code())
                && c.unitOfMeasure().equals(o.unitOfMeasure());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    /** Rounded to the stored precision first, so a re-read value compares equal to what was stored. */
    private static Observation normalised(Observation o) {
        return new Observation(o.indicator(), o.reportingUnit(), o.period(), scaled(o.value()), o.unitOfMeasure(), scaled(o.numerator()),
                scaled(o.denominator()), o.status(), o.revision(), o.source());
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
