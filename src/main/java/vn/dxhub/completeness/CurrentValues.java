package vn.dxhub.completeness;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads every current value of a period in one query, so a grid of 34 × 30 cells is one round trip, not one per cell. */
@Repository
class CurrentValues {

    private final JdbcClient jdbc;

    CurrentValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each observation of the period with the delivery state of its latest revision and the reason of its latest refusal. */
    List<CurrentValue> of(String period) {
        return jdbc.sql("""
                        select o.id, o.indicator_code, o.unit_id, o.source_system, o.obs_value, o.status, o.revision, d.state,
                               coalesce((select rc.reason from delivery_receipt rc where rc.delivery_id = d.id and rc.outcome = 'rejected'
                                         order by rc.id desc limit 1), d.last_error) as reason
                        from observation o
                        join observation_revision r on r.observation_id = o.id and r.revision = o.revision
                        left join delivery d on d.revision_id = r.id
                        where o.period_id = :period""")
                .param("period", period)
                .query((rs, n) -> new CurrentValue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9)))
                .list();
    }
}
