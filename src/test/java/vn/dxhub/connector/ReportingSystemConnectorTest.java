package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;

/** reporting-system against the reporting system simulator: JSON and XML reports, hostile documents, faults. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingSystemConnectorTest extends SimulatorConnectorTest {

    private static String connector(String id, String unit, String mapping, String startPeriod, String apiKey) {
        return """
                - templatedRoute:
                    routeTemplateRef: reporting-system
                    routeId: %s
                    parameters:
                      - { name: connectorId, value: %s }
                      - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                      - { name: baseUrl, value: "http://localhost:{{local.server.port}}/sandbox/bao-cao/api/v1/bao-cao" }
                      - { name: apiKey, value: "%s" }
                      - { name: unit, value: "%s" }
                      - { name: startPeriod, value: %s }
                      - { name: pageSize, value: "1" }
                      - { name: initialBackoff, value: 100ms }
                      - { name: readTimeout, value: 2s }
                      - { name: mapping, value: %s }
                """.formatted(id, id, apiKey, unit, startPeriod, mapping);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of("bao-cao/test.yaml",
                connector("bc-json", "48", "bao-cao/bao-cao-json.yaml", "2026Q3", "{{BAO_CAO_SANDBOX_API_KEY}}")
                        + connector("bc-xml", "92", "bao-cao/bao-cao-xml.yaml", "2026Q3", "{{BAO_CAO_SANDBOX_API_KEY}}")
                        + connector("bc-old", "48", "bao-cao/bao-cao-xml.yaml", "2025Q2", "{{BAO_CAO_SANDBOX_API_KEY}}")
                        + connector("bc-wrong-key", "48", "bao-cao/bao-cao-json.yaml", "2026Q3", "{{TEST_WRONG_KEY}}")
                        + connector("bc-unset-key", "48", "bao-cao/bao-cao-json.yaml", "2026Q3", "{{env:DXHUB_TEST_KEY_NOBODY_SET}}")));
        registry.add("hub.routes-dir", routes::toString);
        registry.add("TEST_WRONG_KEY", () -> "not-the-key");
    }

    private void fault(String json) {
        fault("bao-cao", json);
    }

    private JsonNode calls() {
        return http.getForObject("/sandbox/calls/bao-cao", JsonNode.class);
    }

    @Test
    void listsTheReportsOfEachQuarterAndStoresEveryRowOfEachJsonReport() {
        ConnectorRunner.Result result = runner.run("bc-json", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.periods()).containsExactly("2026Q3", "2026Q4");
        assertThat(result.counts().pages()).as("two reports a quarter").isEqualTo(4);
        assertThat(result.counts().stored()).isEqualTo(16);
        assertThat(jdbc.sql("select distinct indicator_code from observation where unit_id = '48' and source_system = 'reporting'"
                + " order by indicator_code").query(String.class).list())
                .containsExactly("3.10", "3.11", "3.12", "3.2", "3.4", "3.6", "3.7", "3.9");
        assertThat(jdbc.sql("select distinct content_type from raw_payload where connector_id = 'bc-json'").query(String.class).list())
                .singleElement().asString().startsWith("application/json");
        assertThat(calls().path("byPath").path("/sandbox/bao-cao/api/v1/bao-cao").asLong()).as("list pages of one report each").isEqualTo(4);
    }

    @Test
    void anXmlMappingAsksForXmlAndReadsTheReportsWithXPath() {
        ConnectorRunner.Result result = runner.run("bc-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation where unit_id = '92' and source_system = 'reporting'")).isEqualTo(16);
        assertThat(jdbc.sql("select distinct content_type from raw_payload where connector_id = 'bc-xml'").query(String.class).list())
                .singleElement().asString().startsWith("application/xml");
        assertThat(count(jdbc, "select count(*) from observation where unit_id = '92' and status = 'provisional'")).isEqualTo(16);
    }

    @Test
    void quartersBeforeTheMergerArriveUnderTheOldProvinces() {
        ConnectorRunner.Result result = runner.run("bc-old", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(jdbc.sql("select distinct unit_id from observation where period_id = '2025Q2' order by unit_id").query(String.class).list())
                .containsExactly("T63-48", "T63-49");
        assertThat(jdbc.sql("select distinct unit_id from observation where period_id = '2025Q3'").query(String.class).list()).containsExactly("48");
        assertThat(count(jdbc, "select count(*) from observation where period_id = '2025Q2' and status = 'official'")).isEqualTo(16);
    }

    @Test
    void anXxeDocumentIsQuarantinedWholeNothingItNamesIsFetchedAndTheOtherReportsGoOn() {
        fault("{\"next\":[{\"fault\":\"XXE\",\"count\":1,\"path\":\"/bao-cao/BC-\"}]}");

        ConnectorRunner.Result result = runner.run("bc-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.counts().stored()).isEqualTo(12);
        assertThat(result.counts().quarantined()).isEqualTo(1);
        String reasons = jdbc.sql("select reasons from quarantine where connector_id = 'bc-xml'").query(String.class).single();
        assertThat(reasons).contains("DTD").contains("XXE");
        assertThat(jdbc.sql("select fragment from quarantine where connector_id = 'bc-xml'").query(String.class).single())
                .contains("<!DOCTYPE").contains("xxe-canary");
        assertThat(calls().path("byPath").has("/sandbox/bao-cao/xxe-canary")).as("the external entity was never fetched").isFalse();
        assertThat(count(jdbc, "select count(*) from raw_payload where connector_id = 'bc-xml' and processed_at is not null")).isEqualTo(4);
    }

    @Test
    void anEntityExpansionBombIsRefusedWithoutExpandingIt() {
        fault("{\"next\":[{\"fault\":\"BILLION_LAUGHS\",\"count\":2,\"path\":\"/bao-cao/BC-\"}]}");

        ConnectorRunner.Result result = runner.run("bc-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.counts().quarantined()).as("the same bomb twice is archived once and quarantined once").isEqualTo(2);
        assertThat(count(jdbc, "select count(*) from quarantine where connector_id = 'bc-xml'")).isEqualTo(1);
        assertThat(result.counts().stored()).isEqualTo(8);
    }

    @Test
    void serverErrorsRateLimitsTimeoutsAndCutBodiesAreRetried() {
        fault("{\"next\":[{\"fault\":\"HTTP_503\",\"count\":1,\"path\":\"/bao-cao/BC-\"},"
                + "{\"fault\":\"HTTP_429\",\"count\":1,\"retryAfterSeconds\":1,\"path\":\"/api/v1/bao-cao\"},"
                + "{\"fault\":\"TRUNCATED\",\"count\":1,\"path\":\"/bao-cao/BC-\"},"
                + "{\"fault\":\"TIMEOUT\",\"count\":1,\"path\":\"/bao-cao/BC-\"}]}");

        ConnectorRunner.Result result = runner.run("bc-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation where unit_id = '92'")).isEqualTo(16);
        assertThat(calls().path("last").findValuesAsText("fault")).contains("HTTP_503", "HTTP_429", "TRUNCATED", "TIMEOUT");
    }

    @Test
    void aGatewayErrorPageInsteadOfAReportIsQuarantinedWithAClearReasonAndTheOtherReportsGoOn() {
        fault("{\"next\":[{\"fault\":\"MALFORMED\",\"count\":1,\"path\":\"/bao-cao/BC-\"}]}");

        ConnectorRunner.Result result = runner.run("bc-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.counts().stored()).isEqualTo(12);
        assertThat(jdbc.sql("select reasons from quarantine where connector_id = 'bc-xml'").query(String.class).single())
                .contains("trang HTML").contains("/sandbox/bao-cao/api/v1/bao-cao/BC-");
        assertThat(calls().path("total").asLong()).as("4 list pages and 4 reports, none fetched twice: a page that is not XML is no failure of the connection").isEqualTo(8);
    }

    @Test
    void aWrongApiKeyFailsAtOnceWithoutShowingTheKey() {
        ConnectorRunner.Result result = runner.run("bc-wrong-key", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("HTTP 401").doesNotContain("not-the-key");
        assertThat(calls().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aSecretReferenceThatIsNotSetFailsTheRunNamingTheParameter() {
        ConnectorRunner.Result result = runner.run("bc-unset-key", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.outcome()).isEqualTo(ConnectorRunner.Outcome.REFUSED);
        assertThat(result.error()).contains("apiKey").contains("{{env:DXHUB_TEST_KEY_NOBODY_SET}}").contains("chưa được đặt");
        assertThat(calls().path("total").asLong()).isZero();
    }

    @Test
    void badRowsAreQuarantinedWithReasonsAndTheGoodRowsOfTheSameReportStored() {
        fault("{\"badRecordRate\":0.4}");

        ConnectorRunner.Result result = runner.run("bc-json", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        long quarantined = count(jdbc, "select count(*) from quarantine where connector_id = 'bc-json'");
        assertThat(quarantined).isPositive();
        assertThat(count(jdbc, "select count(*) from observation") + quarantined).isEqualTo(16);
        List<String> locators = jdbc.sql("select record_locator from quarantine").query(String.class).list();
        assertThat(locators).allSatisfy(l -> assertThat(l).matches(".*/bao-cao/BC-2026Q[34]-(CPS|NLS)-48 #[0-3]"));
        assertThat(jdbc.sql("select fragment from quarantine").query(String.class).list()).allSatisfy(f -> assertThat(f).contains("maChiTieu"));
    }

    @Test
    void aSecondPullOfUnchangedReportsChangesNothing() {
        runner.run("bc-json", ConnectorRunner.Trigger.MANUAL);
        long revisions = count(jdbc, "select count(*) from observation_revision");

        ConnectorRunner.Result again = runner.run("bc-json", ConnectorRunner.Trigger.MANUAL);

        assertThat(again.succeeded()).as(again.error()).isTrue();
        assertThat(again.counts().stored()).isZero();
        assertThat(count(jdbc, "select count(*) from observation_revision")).isEqualTo(revisions);
    }
}
