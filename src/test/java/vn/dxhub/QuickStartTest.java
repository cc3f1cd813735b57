package vn.dxhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.support.HubTestData;

/**
 * The quick start as a newcomer gets it: the shipped routes/ against the built-in simulators, on their
 * schedules. Within two minutes every province has DVC, SQL and FHIR (health indicators) values for the current
 * period, three have LGSP values, and the bad records the simulators emit are in quarantine with their reasons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.routes-dir=routes", "hub.simulators.bad-record-rate=0.02"})
@DirtiesContext
class QuickStartTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingCalendar calendar;

    @Autowired
    ConnectorRegistry connectors;

    private long unitsWithValues(String source, String period) {
        return HubTestData.count(jdbc, "select count(distinct unit_id) from observation where source_system = ? and period_id = ?", source, period);
    }

    @Test
    void withinTwoMinutesEveryProvinceHasCurrentValuesAndBadRecordsAreQuarantined() {
        HubTestData.clean(jdbc);
        String current = calendar.periodOf(calendar.today()).id();
        assertThat(connectors.all()).hasSize(40);
        assertThat(connectors.refusedFiles()).isEmpty();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(unitsWithValues("dvc", current)).isEqualTo(34);
            assertThat(unitsWithValues("lgsp", current)).isGreaterThanOrEqualTo(3);
            assertThat(unitsWithValues("sql", current)).isEqualTo(34);
            assertThat(unitsWithValues("fhir", current)).isEqualTo(34);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(HubTestData.count(jdbc, "select count(*) from quarantine where state = 'open'")).isPositive());
        List<String> reasons = jdbc.sql("select reasons from quarantine").query(String.class).list();
        assertThat(reasons).allSatisfy(r -> assertThat(r).contains("\"field\"").contains("\"messageVi\"").contains("\"messageEn\""));
        assertThat(HubTestData.count(jdbc, "select count(*) from connector_run where status = 'failed'")).isZero();
    }
}
