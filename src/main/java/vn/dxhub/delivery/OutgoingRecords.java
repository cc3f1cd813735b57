package vn.dxhub.delivery;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;

/**
 * Builds the records of a batch from what the store kept of each revision: the value in the common schema v1 with its
 * revision number, and its provenance (source system, the connector that stored that revision, the source record id, and
 * when and in which payload it came).
 */
final class OutgoingRecords {

    private final JdbcClient jdbc;

    OutgoingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OutgoingRecord> of(List<Long> deliveryIds) {
        return jdbc.sql("""
                        select d.id, d.idempotency_key, o.indicator_code, o.unit_id, o.period_id, r.obs_value, r.unit_of_measure, r.numerator,
                               r.denominator, r.status, r.revision, o.source_system,
                               coalesce(run.connector_id, p.connector_id, o.connector_id) as connector_id, r.source_record_id,
                               p.fetched_at, p.sha256
                        from delivery d
                        join observation_revision r on r.id = d.revision_id
                        join observation o on o.id = r.observation_id
                        left join raw_payload p on p.id = r.payload_id
                        left join connector_run run on run.id = r.run_id
                        where d.id in (:ids)
                        order by d.id""")
                .param("ids", deliveryIds)
                .query((rs, n) -> new OutgoingRecord(rs.getLong("id"), rs.getString("idempotency_key"), new Observation(
                        rs.getString("indicator_code"), rs.getString("unit_id"), rs.getString("period_id"), plain(rs.getBigDecimal("obs_value")),
                        rs.getString("unit_of_measure"), plain(rs.getBigDecimal("numerator")), plain(rs.getBigDecimal("denominator")),
                        ObservationStatus.fromCode(rs.getString("status")), rs.getInt("revision"),
                        new ObservationSource(rs.getString("source_system"), rs.getString("connector_id"), rs.getString("source_record_id"),
                                instant(rs.getTimestamp("fetched_at")), rs.getString("sha256")))))
                .list();
    }

    /** 87.500000 as stored is sent as 87.5, and 100.000000 as 100. */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
