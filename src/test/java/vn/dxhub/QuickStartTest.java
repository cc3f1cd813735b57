package vn.dxhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.support.HubTestData;

/**
 * The quick start as a newcomer gets it: the shipped routes/ against the built-in simulators, on their
 * schedules. Within two minutes every province has DVC, SQL and FHIR (health indicators) values for the current
 * period, three have LGSP values, two have reporting-system values, the sample Phụ lục 01 in inbox/phu-luc-01/ is
 * imported with its two wrong rows quarantined by row number, and the bad records the simulators emit are in
 * quarantine with their reasons: every connector kind stores observations. Every stored revision reaches the built-in
 * national system simulator: delivered, or rejected with its reason; none is left waiting or dead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.routes-dir=routes", "hub.simulators.bad-record-rate=0.02", "hub.delivery.enabled=true"})
@DirtiesContext
class QuickStartTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingCalendar calendar;

    @Autowired
    ConnectorRegistry connectors;

    @Autowired
    TestRestTemplate http;

    private long unitsWithValues(String source, String period) {
        return HubTestData.count(jdbc, "select count(distinct unit_id) from observation where source_system = ? and period_id = ?", source, period);
    }

    @Test
    void withinTwoMinutesEveryProvinceHasCurrentValuesAndBadRecordsAreQuarantined() throws Exception {
        assertThat(connectors.all()).hasSize(43);
        assertThat(connectors.refusedFiles()).isEmpty();
        // the sample form is imported once per start (it stays in the repository), so it is checked before the data is cleared
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(HubTestData.count(jdbc, "select count(*) from connector_run where connector_id = 'phu-luc-01' and status = 'succeeded'"))
                        .isEqualTo(1));
        assertThat(HubTestData.count(jdbc, "select count(*) from observation where source_system = 'file' and unit_id = '15' and period_id = '2026Q3'"))
                .isEqualTo(8);
        assertThat(jdbc.sql("select record_locator from quarantine where connector_id = 'phu-luc-01' order by record_locator").query(String.class).list())
                .containsExactly("phu-luc-01-lao-cai-quy-3-2026.xlsx sheet 'Phụ lục 01' row 20",
                        "phu-luc-01-lao-cai-quy-3-2026.xlsx sheet 'Phụ lục 01' row 25");

        // the other connectors' first runs are going on meanwhile: a delete can meet a row they just added, so try again
        await().atMost(Duration.ofSeconds(30)).ignoreException(org.springframework.dao.DataIntegrityViolationException.class).until(() -> {
            HubTestData.clean(jdbc);
            return true;
        });
        String current = calendar.periodOf(calendar.today()).id();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(unitsWithValues("dvc", current)).isEqualTo(34);
            assertThat(unitsWithValues("lgsp", current)).isGreaterThanOrEqualTo(3);
            assertThat(unitsWithValues("sql", current)).isEqualTo(34);
            assertThat(unitsWithValues("reporting", current)).isEqualTo(2);
            assertThat(unitsWithValues("fhir", current)).isEqualTo(34);
            assertThat(unitsWithValues("dvc-stats", current)).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(HubTestData.count(jdbc, "select count(*) from quarantine where state = 'open'")).isPositive());
        List<String> reasons = jdbc.sql("select reasons from quarantine").query(String.class).list();
        assertThat(reasons).allSatisfy(r -> assertThat(r).contains("\"field\"").contains("\"messageVi\"").contains("\"messageEn\""));
        List<String> failedRuns = jdbc.sql("select connector_id || ': ' || error_message from connector_run where status = 'failed'")
                .query(String.class).list().stream()
                .filter(run -> connectors.find(run.substring(0, run.indexOf(':'))).isPresent())
                .toList();
        assertThat(failedRuns).as("failed runs of the quick start's connectors (other test contexts share the database)").isEmpty();

        // the connectors go on storing while this waits: what was stored before now is pushed and answered within a minute
        Timestamp storedBefore = Timestamp.from(Instant.now());
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(HubTestData.count(jdbc, "select count(*) from delivery where state not in ('delivered', 'rejected') and created_at < ?",
                        storedBefore)).as("deliveries pending, in flight or dead").isZero());
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery where state = 'delivered'")).isPositive();
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery_receipt r join delivery d on d.id = r.delivery_id "
                + "where d.state = 'rejected' and r.outcome = 'rejected' and r.reason is not null"))
                .isEqualTo(HubTestData.count(jdbc, "select count(*) from delivery where state = 'rejected'"));
        Set<String> received = new HashSet<>();
        nationalReport().path("keys").forEach(key -> received.add(key.path("idempotencyKey").asText()));
        assertThat(received).containsAll(jdbc.sql("select idempotency_key from delivery where state in ('delivered', 'rejected')")
                .query(String.class).list());
    }

    private JsonNode nationalReport() throws Exception {
        return new ObjectMapper().readTree(http.getForObject("/sandbox/national/received", String.class));
    }
}
