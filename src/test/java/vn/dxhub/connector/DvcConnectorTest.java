package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxhub.support.HubUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;

/** dvc-dossiers and dvc-stats against the DVC portal simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DvcConnectorTest extends SimulatorConnectorTest {

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of("dvc/test.yaml", """
                - templatedRoute:
                    routeTemplateRef: dvc-dossiers
                    routeId: dvc-t01
                    parameters:
                      - { name: connectorId, value: dvc-t01 }
                      - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                      - { name: baseUrl, value: "http://localhost:{{local.server.port}}/sandbox/dvc/api/ho-so" }
                      - { name: servicesUrl, value: "http://localhost:{{local.server.port}}/sandbox/dvc/api/dich-vu/thong-ke" }
                      - { name: apiKey, value: "{{DVC_SANDBOX_API_KEY}}" }
                      - { name: province, value: "01" }
                      - { name: startPeriod, value: "2026Q3" }
                      - { name: pageSize, value: "300" }
                      - { name: initialBackoff, value: 100ms }
                      - { name: mapping, value: dvc/ho-so.yaml }
                - templatedRoute:
                    routeTemplateRef: dvc-stats
                    routeId: dvc-stats-t01
                    parameters:
                      - { name: connectorId, value: dvc-stats-t01 }
                      - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                      - { name: baseUrl, value: "http://localhost:{{local.server.port}}/sandbox/dvc/api/thong-ke" }
                      - { name: apiKey, value: "{{DVC_SANDBOX_API_KEY}}" }
                      - { name: province, value: "01" }
                      - { name: startPeriod, value: "2026Q3" }
                      - { name: mapping, value: dvc/thong-ke.yaml }
                """));
        registry.add("hub.routes-dir", routes::toString);
    }

    private BigDecimal value(String indicator, String period) {
        return value("dvc", indicator, period);
    }

    private BigDecimal value(String source, String indicator, String period) {
        return jdbc.sql("select obs_value from observation where indicator_code = ? and unit_id = '01' and period_id = ? and source_system = ?")
                .param(indicator).param(period).param(source).query(BigDecimal.class).single();
    }

    private JsonNode portalStatistics(String period) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", "sandbox-dvc-key");
        return http.exchange("/sandbox/dvc/api/thong-ke?maTinh=01&kyBaoCao=" + period, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class)
                .getBody();
    }

    private static BigDecimal vietnamesePercent(JsonNode text) {
        return new BigDecimal(text.asText().replace("%", "").replace(".", "").replace(',', '.'));
    }

    @Test
    void aggregatesEveryDossierOfEachQuarterIntoTheProvincesIndicators() {
        ConnectorRunner.Result result = runner.run("dvc-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.counts().read()).isEqualTo(4000);
        assertThat(result.counts().pages()).isEqualTo(14);
        for (String period : new String[] {"2026Q3", "2026Q4"}) {
            assertThat(value("6.1", period)).isEqualByComparingTo("2000");
            JsonNode portal = portalStatistics(period);
            // the portal rounds to one decimal, the hub keeps two
            assertThat(value("1.4", period)).as("the portal's own figure for " + period)
                    .isCloseTo(vietnamesePercent(portal.get("tyLeHoSoTrucTuyenToanTrinh")), within(new BigDecimal("0.05")));
            assertThat(value("6.2", period)).isCloseTo(vietnamesePercent(portal.get("tyLeGiaiQuyetDungHan")), within(new BigDecimal("0.05")));
            assertThat(value("1.5", period)).isCloseTo(vietnamesePercent(portal.get("tyLeDichVuPhatSinhHoSo")), within(new BigDecimal("0.05")));
        }
        assertThat(jdbc.sql("select status from observation where period_id = '2026Q3' and indicator_code = '6.1'").query(String.class).single())
                .as("the quarter's deadline has passed").isEqualTo("official");
        assertThat(jdbc.sql("select status from observation where period_id = '2026Q4' and indicator_code = '6.1'").query(String.class).single())
                .isEqualTo("provisional");
        assertThat(count(jdbc, "select count(*) from raw_payload where connector_id = 'dvc-t01'")).as("every page archived").isEqualTo(14);
    }

    @Test
    void dossiersThatCannotBeCountedAreQuarantinedAndTheOthersCounted() {
        fault("dvc", "{\"badRecordRate\":0.05}");

        ConnectorRunner.Result result = runner.run("dvc-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        long quarantined = count(jdbc, "select count(*) from quarantine where connector_id = 'dvc-t01'");
        assertThat(quarantined).isBetween(100L, 400L);
        BigDecimal counted = value("6.1", "2026Q3").add(value("6.1", "2026Q4"));
        assertThat(counted.longValue() + quarantined).as("every dossier is counted or quarantined").isEqualTo(4000);
        assertThat(jdbc.sql("select reasons from quarantine").query(String.class).list())
                .anySatisfy(r -> assertThat(r).contains("submittedAt"))
                .anySatisfy(r -> assertThat(r).contains("channel"))
                .anySatisfy(r -> assertThat(r).contains("unit"));
    }

    @Test
    void aSecondRunOverTheSamePagesAddsNoRevisionAndNoQuarantine() {
        fault("dvc", "{\"badRecordRate\":0.01}");
        runner.run("dvc-t01", ConnectorRunner.Trigger.MANUAL);
        jdbc.sql("delete from connector_watermark").update();
        long revisions = count(jdbc, "select count(*) from observation_revision");
        long quarantined = count(jdbc, "select count(*) from quarantine");

        ConnectorRunner.Result again = runner.run("dvc-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(again.succeeded()).isTrue();
        assertThat(again.counts().stored()).isZero();
        assertThat(count(jdbc, "select count(*) from observation_revision")).isEqualTo(revisions);
        assertThat(count(jdbc, "select count(*) from quarantine")).isEqualTo(quarantined);
    }

    @Test
    void aPortalErrorInTheMiddleOfThePagesIsRetriedWithoutCountingAPageTwice() {
        fault("dvc", "{\"next\":[{\"fault\":\"TRUNCATED\",\"count\":1,\"path\":\"/ho-so\"},{\"fault\":\"HTTP_503\",\"count\":1,\"path\":\"/ho-so\"}]}");

        ConnectorRunner.Result result = runner.run("dvc-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(value("6.1", "2026Q3")).isEqualByComparingTo("2000");
        JsonNode calls = http.getForObject("/sandbox/calls/dvc", JsonNode.class);
        assertThat(calls.path("last").toString()).contains("TRUNCATED").contains("HTTP_503");
    }

    @Test
    void theStatisticsConnectorMapsThePortalsReadyMadeFigures() {
        ConnectorRunner.Result result = runner.run("dvc-stats-t01", ConnectorRunner.Trigger.MANUAL);
        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(value("dvc-stats", "1.4", "2026Q3"))
                .isEqualByComparingTo(vietnamesePercent(portalStatistics("2026Q3").get("tyLeHoSoTrucTuyenToanTrinh")));
    }

    @Test
    void aRunCanBeStartedOnDemandAndItsOutcomeIsListedWithTheConnector() {
        var accepted = HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/dvc-stats-t01/runs", null, JsonNode.class);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode connectors = HubUsers.OPERATOR.on(http).getForObject("/api/connectors", JsonNode.class).get("connectors");
            JsonNode stats = java.util.stream.StreamSupport.stream(connectors.spliterator(), false)
                    .filter(c -> c.get("id").asText().equals("dvc-stats-t01")).findFirst().orElseThrow();
            assertThat(stats.path("lastRun").path("status").asText()).isEqualTo("succeeded");
            assertThat(stats.path("lastRun").path("trigger").asText()).isEqualTo("manual");
        });
        var unknown = HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/khong-co/runs", null, JsonNode.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("value").asText()).isEqualTo("khong-co");
    }

}
