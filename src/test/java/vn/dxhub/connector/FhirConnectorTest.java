package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.mapping.FhirFormat;
import vn.dxhub.support.HubTestData;

/**
 * fhir-measurereport against the FHIR server simulator: 34 provinces x 4 health indicators per quarter, read along
 * the Bundles' next links, with the server's failures and hostile answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirConnectorTest extends SimulatorConnectorTest {

    /** Observations per quarter: 34 provinces, indicators 4.4 to 4.7. */
    private static final int PER_QUARTER = 34 * 4;

    private static String connector(String id, Map<String, String> extra) {
        Map<String, String> params = new java.util.HashMap<>(Map.of("baseUrl", "http://localhost:{{local.server.port}}/sandbox/fhir",
                "mapping", "fhir/chi-so-y-te.yaml", "initialBackoff", "100ms", "bearerToken", "{{FHIR_SANDBOX_TOKEN}}", "startPeriod", "2026Q3",
                "pageSize", "40"));
        params.putAll(extra);
        return HubTestData.templatedRoute("fhir-measurereport", id, params);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of(
                "fhir/test.yaml", connector("fhir-t", Map.of())
                        + connector("fhir-xml", Map.of("format", "xml", "startPeriod", "2026Q4", "pageSize", "100"))
                        + connector("fhir-slow", Map.of("readTimeout", "2s", "startPeriod", "2026Q4", "pageSize", "100"))
                        + connector("fhir-no-token", Map.of("bearerToken", ""))));
        registry.add("hub.routes-dir", routes::toString);
    }

    @Autowired
    FhirContext fhirContext;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode calls() {
        return http.getForObject("/sandbox/calls/fhir", JsonNode.class);
    }

    private long searches() {
        return calls().path("byPath").path("/sandbox/fhir/MeasureReport").asLong();
    }

    private HttpHeaders fhirHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("sandbox-fhir-token");
        headers.setContentType(MediaType.valueOf("application/fhir+json"));
        return headers;
    }

    private JsonNode report(String id) throws Exception {
        return json.readTree(http.exchange("/sandbox/fhir/MeasureReport/" + id, HttpMethod.GET, new HttpEntity<>(fhirHeaders()), String.class).getBody());
    }

    private static long population(JsonNode group, String population) {
        for (JsonNode p : group.path("population")) {
            if (population.equals(p.at("/code/coding/0/code").asText())) {
                return p.path("count").asLong();
            }
        }
        return 0;
    }

    private BigDecimal stored(String column, String indicator, String unit, String period) {
        return jdbc.sql("select " + column + " from observation where indicator_code = ? and unit_id = ? and period_id = ?")
                .param(indicator).param(unit).param(period).query(BigDecimal.class).single();
    }

    @Test
    void followsTheNextLinksOfEveryQuarterAndStoresTheFourIndicatorsOfEveryProvince() throws Exception {
        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.periods()).containsExactly("2026Q3", "2026Q4");
        assertThat(result.counts().pages()).as("102 reports a quarter, 40 a page").isEqualTo(6);
        assertThat(searches()).isEqualTo(6);
        assertThat(count(jdbc, "select count(*) from observation where source_system = 'fhir'")).isEqualTo(2 * PER_QUARTER);
        assertThat(jdbc.sql("select distinct indicator_code from observation order by indicator_code").query(String.class).list())
                .containsExactly("4.4", "4.5", "4.6", "4.7");
        assertThat(count(jdbc, "select count(distinct unit_id) from observation where period_id = '2026Q3'")).isEqualTo(34);
        assertThat(count(jdbc, "select count(*) from observation where status = 'provisional'")).isEqualTo(2 * PER_QUARTER);

        JsonNode hanoi = report("hssk-01-2026Q3").path("group").get(0);
        long numerator = population(hanoi, "numerator") - population(hanoi, "numerator-exclusion");
        long denominator = population(hanoi, "denominator") - population(hanoi, "denominator-exclusion") - population(hanoi, "denominator-exception");
        assertThat(stored("numerator", "4.4", "01", "2026Q3")).isEqualByComparingTo(BigDecimal.valueOf(numerator));
        assertThat(stored("denominator", "4.4", "01", "2026Q3")).isEqualByComparingTo(BigDecimal.valueOf(denominator));
        assertThat(stored("obs_value", "4.4", "01", "2026Q3"))
                .isEqualByComparingTo(hanoi.at("/measureScore/value").decimalValue().multiply(BigDecimal.valueOf(100)));

        JsonNode exceptions = report("csyt-04-2026Q3").path("group").get(1);
        assertThat(stored("denominator", "4.6", "04", "2026Q3")).as("denominator-exception taken off").isEqualByComparingTo(BigDecimal.valueOf(
                population(exceptions, "denominator") - population(exceptions, "denominator-exception")));
        assertThat(stored("obs_value", "4.7", "12", "2026Q3")).as("a report with a contained reporter").isPositive();
    }

    @Test
    void theSameReportsInXmlGiveTheSameValues() {
        runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        ConnectorRunner.Result xml = runner.run("fhir-xml", ConnectorRunner.Trigger.MANUAL);

        assertThat(xml.succeeded()).as(xml.error()).isTrue();
        assertThat(xml.counts().pages()).isEqualTo(2);
        assertThat(xml.counts().unchanged()).as("every 2026Q4 value read from XML equals the one read from JSON").isEqualTo(PER_QUARTER);
        assertThat(xml.counts().stored()).isZero();
        assertThat(jdbc.sql("select distinct content_type from raw_payload where connector_id = 'fhir-xml'").query(String.class).list())
                .allSatisfy(type -> assertThat(type).startsWith("application/fhir+xml"));
    }

    @Test
    void retriesServerErrorsRateLimitsAndPagesCutShort() {
        // three failed attempts of the first page, then the fourth (maxAttempts) succeeds
        fault("fhir", "{\"next\":[{\"fault\":\"HTTP_500\",\"count\":1,\"path\":\"/MeasureReport\"},"
                + "{\"fault\":\"HTTP_429\",\"count\":1,\"retryAfterSeconds\":1,\"path\":\"/MeasureReport\"},"
                + "{\"fault\":\"TRUNCATED\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation")).isEqualTo(2 * PER_QUARTER);
        assertThat(calls().path("last").findValuesAsText("fault")).contains("HTTP_500", "HTTP_429", "TRUNCATED");
        assertThat(count(jdbc, "select count(*) from quarantine")).as("a page cut short is fetched again, never quarantined").isZero();
    }

    @Test
    void retriesATimeout() {
        fault("fhir", "{\"next\":[{\"fault\":\"TIMEOUT\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-slow", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation")).isEqualTo(PER_QUARTER);
    }

    @Test
    void anAnswerThatIsNotFhirFailsTheRunWithAClearMessage() {
        fault("fhir", "{\"next\":[{\"fault\":\"MALFORMED\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("không phải tài nguyên FHIR").contains("not a valid FHIR JSON resource");
        assertThat(jdbc.sql("select error_kind from connector_run where id = ?").param(result.runId()).query(String.class).single())
                .isEqualTo("permanent");
        assertThat(searches()).as("not retried").isEqualTo(1);
    }

    @Test
    void aMissingTokenFailsAtOnceWithTheStatus() {
        ConnectorRunner.Result result = runner.run("fhir-no-token", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("HTTP 401");
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void anIndividualReportIsRefusedWithTheReasonAndNothingOfThePatientIsKept() {
        fault("fhir", "{\"next\":[{\"fault\":\"PERSONAL_DATA\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation")).as("the summaries beside it are stored").isEqualTo(2 * PER_QUARTER);
        assertThat(jdbc.sql("select reasons from quarantine").query(String.class).list()).singleElement().satisfies(reasons -> assertThat(reasons)
                .contains("\"field\":\"type\"").contains("individual").contains("không nhận dữ liệu cá nhân").contains("aggregates only"));
        String fragment = jdbc.sql("select fragment from quarantine").query(String.class).single();
        assertThat(fragment).contains("MeasureReport/ca-nhan-01-2026Q3")
                .doesNotContain("Patient", "benh-nhan", "Nguyễn", "Văn An", "001085012345", "1985-03-12");
        assertThat(jdbc.sql("select record_locator from quarantine").query(String.class).single()).endsWith("MeasureReport/ca-nhan-01-2026Q3");
    }

    @Test
    void anXmlDocumentDeclaringEntitiesIsRefusedWholeAndNothingItNamesIsFetched() {
        fault("fhir", "{\"next\":[{\"fault\":\"XXE\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("bị từ chối cả tài liệu").contains("2026Q3");
        assertThat(jdbc.sql("select reasons from quarantine").query(String.class).single()).contains("DOCTYPE").contains("XXE");
        assertThat(calls().path("byPath").has("/sandbox/fhir/xxe-canary")).as("the external entity was never fetched").isFalse();
        assertThat(count(jdbc, "select count(*) from raw_payload where content_type like 'application/xml%'")).as("archived as received").isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from observation")).isZero();
    }

    @Test
    void aNextLinkBackToAPageReadFailsTheRunInsteadOfLoopingForever() {
        fault("fhir", "{\"next\":[{\"fault\":\"PAGING_LOOP\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("vòng lặp").contains("a loop");
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        fault("fhir", "{\"next\":[{\"fault\":\"FOREIGN_NEXT_LINK\",\"count\":1,\"path\":\"/MeasureReport\"}]}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("máy chủ khác").contains("127.0.0.2");
        assertThat(searches()).as("the page on the other host was never asked for").isEqualTo(1);
    }

    @Test
    void badReportsAreQuarantinedWithTheFieldAndValueAndTheGoodOnesStored() {
        fault("fhir", "{\"badRecordRate\":0.3}");

        ConnectorRunner.Result result = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        long quarantined = count(jdbc, "select count(*) from quarantine where connector_id = 'fhir-t' and state = 'open'");
        assertThat(quarantined).isPositive();
        assertThat(count(jdbc, "select count(*) from observation") + quarantined).isEqualTo(2 * PER_QUARTER);
        String reasons = String.join(" ", jdbc.sql("select reasons from quarantine").query(String.class).list());
        assertThat(reasons).contains("\"field\":\"indicator\"", "chi-so-chua-dang-ky", "\"field\":\"period\"", "\"field\":\"numerator\"");
        assertThat(jdbc.sql("select fragment from quarantine").query(String.class).list()).allSatisfy(f -> assertThat(f).contains("\"measureGroup\""));
    }

    @Test
    void aCorrectedReportBecomesANewRevisionAndTheOldValueIsKept() throws Exception {
        runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);
        BigDecimal before = stored("obs_value", "4.7", "79", "2026Q4");
        ObjectNode corrected = (ObjectNode) report("bvs-79-2026Q4");
        JsonNode group = corrected.path("group").get(0);
        long denominator = population(group, "denominator") - population(group, "denominator-exclusion");
        ((ObjectNode) group.path("measureScore")).put("value", BigDecimal.valueOf(denominator - 1)
                .divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP));
        for (JsonNode p : group.path("population")) {
            if ("numerator".equals(p.at("/code/coding/0/code").asText())) {
                ((ObjectNode) p).put("count", denominator - 1);
            }
        }
        var put = http.exchange("/sandbox/fhir/MeasureReport/bvs-79-2026Q4", HttpMethod.PUT, new HttpEntity<>(corrected.toString(), fhirHeaders()), String.class);
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        try {
            ConnectorRunner.Result again = runner.run("fhir-t", ConnectorRunner.Trigger.MANUAL);

            assertThat(again.succeeded()).as(again.error()).isTrue();
            assertThat(again.counts().stored()).isEqualTo(1);
            assertThat(stored("numerator", "4.7", "79", "2026Q4")).isEqualByComparingTo(BigDecimal.valueOf(denominator - 1));
            assertThat(jdbc.sql("select r.obs_value from observation_revision r join observation o on o.id = r.observation_id"
                            + " where o.indicator_code = '4.7' and o.unit_id = '79' and o.period_id = '2026Q4' order by r.revision")
                    .query(BigDecimal.class).list()).hasSize(2).first().satisfies(first -> assertThat(first).isEqualByComparingTo(before));
        } finally {
            http.delete("/sandbox/fhir/MeasureReport/bvs-79-2026Q4");
        }
    }

    @Test
    void theHubHasOneFhirContextAndTheFormatUsesIt() {
        assertThat(fhirContext).isSameAs(FhirFormat.context());
        assertThat(List.of(fhirContext.getVersion().getVersion().name())).containsExactly("R4");
    }
}
