package vn.dxhub.store;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodSteps;
import vn.dxhub.observation.Observation;

/** The stored value of the same indicator, unit and source for the period before, for change-limit rules. */
@Repository
public class PreviousValues {

    private final JdbcClient jdbc;

    public PreviousValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BigDecimal> of(Observation o) {
        return Period.parse(o.period()).map(PeriodSteps::previous).flatMap(previous -> jdbc.sql("""
                        select obs_value from observation
                        where indicator_code = :i and unit_id = :u and period_id = :p and source_system = :s""")
                .param("i", o.indicator()).param("u", o.reportingUnit()).param("p", previous.id()).param("s", o.source().system())
                .query(BigDecimal.class).optional());
    }
}
