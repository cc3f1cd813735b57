package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.store.RunLedger;
import vn.dxhub.support.HubTestData;

/** lgsp-rest against the LGSP gateway simulator, including its failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LgspRestConnectorTest extends SimulatorConnectorTest {

    @Autowired
    RunLedger ledger;

    private static String connector(String id, String province, Map<String, String> extra) {
        String gateway = "http://localhost:{{local.server.port}}/sandbox/lgsp/" + province;
        Map<String, String> params = new java.util.HashMap<>(Map.of("baseUrl", gateway + "/api/v1/chi-tieu", "tokenUrl", gateway + "/oauth2/token",
                "clientId", "dxhub-" + province, "mapping", "lgsp/chi-tieu.yaml", "initialBackoff", "100ms",
                "clientSecret", "{{LGSP_SANDBOX_CLIENT_SECRET}}", "startPeriod", "2026Q3", "pageSize", "10"));
        params.putAll(extra);
        return HubTestData.templatedRoute("lgsp-rest", id, params);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of(
                "lgsp/test.yaml", connector("lgsp-t01", "01", Map.of())
                        + connector("lgsp-t08", "08", Map.of("startPeriod", "2025Q2", "pageSize", "100"))
                        + connector("lgsp-slow", "01", Map.of("readTimeout", "1s"))
                        + connector("lgsp-wrong-secret", "01", Map.of("clientSecret", "{{TEST_WRONG_SECRET}}"))
                        + connector("lgsp-xml-mapping", "01", Map.of("mapping", "bao-cao/bao-cao-xml.yaml"))));
        registry.add("hub.routes-dir", routes::toString);
        registry.add("TEST_WRONG_SECRET", () -> "not-the-secret");
    }

    private void fault(String json) {
        fault("lgsp", json);
    }

    private long tokenCalls() {
        return http.getForObject("/sandbox/calls/lgsp", com.fasterxml.jackson.databind.JsonNode.class)
                .path("byPath").path("/sandbox/lgsp/01/oauth2/token").asLong();
    }

    @Test
    void pullsEveryPageOfEveryQuarterSinceTheStartAndStoresObservations() {
        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.periods()).containsExactly("2026Q3", "2026Q4");
        assertThat(result.counts().pages()).isEqualTo(4);
        assertThat(count(jdbc, "select count(*) from observation where unit_id = '01' and source_system = 'lgsp'")).isEqualTo(30);
        assertThat(count(jdbc, "select count(*) from observation_revision")).isEqualTo(30);
        assertThat(count(jdbc, "select count(*) from delivery where state = 'pending'")).isEqualTo(30);
        assertThat(jdbc.sql("select status from connector_run where id = ?").param(result.runId()).query(String.class).single())
                .isEqualTo("succeeded");
        assertThat(jdbc.sql("select obs_value from observation where indicator_code = '1.4' and period_id = '2026Q3'")
                .query(java.math.BigDecimal.class).single()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
    }

    @Test
    void aRunWhoseEndWasNeverRecordedIsClosedByTheNextRunOfItsConnector() {
        long cutOff = ledger.start("lgsp-t01", "schedule");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(jdbc.sql("select status || ' ' || error_kind from connector_run where id = ?").param(cutOff).query(String.class).single())
                .isEqualTo("failed transient");
    }

    @Test
    void aSecondPullOfTheSameDataChangesNothingAndTheClosedQuarterIsNotFetchedAgain() {
        runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);
        ConnectorRunner.Result again = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(again.periods()).containsExactly("2026Q4");
        assertThat(again.counts().stored()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(15);
        assertThat(count(jdbc, "select count(*) from observation_revision")).isEqualTo(30);
    }

    @Test
    void refreshesTheTokenOnceWhenTheGatewayAnswers401() {
        runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);
        long tokensBefore = tokenCalls();
        fault("{\"next\":[{\"fault\":\"HTTP_401\",\"count\":1,\"path\":\"/api/\"}]}");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(tokenCalls()).isEqualTo(tokensBefore + 1);
    }

    @Test
    void failsThePermanentlyWhenTheGatewayStillRefusesAfterARefresh() {
        fault("{\"next\":[{\"fault\":\"HTTP_401\",\"count\":5,\"path\":\"/api/\"}]}");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("401").contains("clientId/clientSecret");
        assertThat(jdbc.sql("select error_kind from connector_run where id = ?").param(result.runId()).query(String.class).single())
                .isEqualTo("permanent");
    }

    @Test
    void aMappingOfAnotherFormatFailsTheRunNamingTheMapping() {
        ConnectorRunner.Result result = runner.run("lgsp-xml-mapping", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.outcome()).isEqualTo(ConnectorRunner.Outcome.REFUSED);
        assertThat(result.error()).contains("bao-cao/bao-cao-xml.yaml").contains("format: json");
        assertThat(count(jdbc, "select count(*) from observation")).isZero();
    }

    @Test
    void aWrongSecretFailsWithoutRetryingAndNeverShowsTheSecret() {
        ConnectorRunner.Result result = runner.run("lgsp-wrong-secret", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("HTTP 401").doesNotContain("not-the-secret");
        assertThat(http.getForObject("/sandbox/calls/lgsp", com.fasterxml.jackson.databind.JsonNode.class).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsAndHonoursRetryAfter() {
        fault("{\"next\":[{\"fault\":\"HTTP_500\",\"count\":2,\"path\":\"/api/\"},"
                + "{\"fault\":\"HTTP_429\",\"count\":1,\"retryAfterSeconds\":1,\"path\":\"/api/\"}]}");
        long start = System.nanoTime();

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(count(jdbc, "select count(*) from observation")).isEqualTo(30);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheStatusInTheMessage() {
        fault("{\"next\":[{\"fault\":\"HTTP_503\",\"count\":10,\"path\":\"/api/\"}]}");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("HTTP 503").contains("4/4");
    }

    @Test
    void aBodyThatIsNotJsonFailsTheRunWithAClearMessage() {
        fault("{\"next\":[{\"fault\":\"MALFORMED\",\"count\":1,\"path\":\"/api/\"}]}");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("không phải JSON");
    }

    @Test
    void aTruncatedBodyAndATimeoutAreRetried() {
        fault("{\"next\":[{\"fault\":\"TRUNCATED\",\"count\":1,\"path\":\"/api/\"},{\"fault\":\"TIMEOUT\",\"count\":1,\"path\":\"/api/\"}]}");

        ConnectorRunner.Result result = runner.run("lgsp-slow", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(count(jdbc, "select count(*) from observation")).isEqualTo(30);
    }

    @Test
    void aConnectorStuckOnASlowSourceDoesNotHoldUpAnother() throws Exception {
        fault("{\"next\":[{\"fault\":\"TIMEOUT\",\"count\":3,\"path\":\"/lgsp/01/api/\"}]}");
        var slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run("lgsp-slow", ConnectorRunner.Trigger.MANUAL));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                http.getForObject("/sandbox/calls/lgsp", com.fasterxml.jackson.databind.JsonNode.class)
                        .path("byPath").path("/sandbox/lgsp/01/api/v1/chi-tieu").asLong() > 0);

        ConnectorRunner.Result other = runner.run("lgsp-t08", ConnectorRunner.Trigger.MANUAL);

        assertThat(other.succeeded()).as(other.error()).isTrue();
        assertThat(slow.isDone()).as("the slow connector is still waiting on its source").isFalse();
        assertThat(slow.get().succeeded()).as("and gets there after its retries").isTrue();
    }

    @Test
    void badRecordsAreQuarantinedWithTheirReasonsAndTheGoodOnesStored() {
        fault("{\"badRecordRate\":0.3}");

        ConnectorRunner.Result result = runner.run("lgsp-t01", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        long quarantined = count(jdbc, "select count(*) from quarantine where connector_id = 'lgsp-t01' and state = 'open'");
        assertThat(quarantined).isPositive();
        assertThat(count(jdbc, "select count(*) from observation") + quarantined).isEqualTo(30);
        List<String> reasons = jdbc.sql("select reasons from quarantine").query(String.class).list();
        assertThat(reasons).allSatisfy(r -> assertThat(r).contains("\"field\"").contains("\"messageVi\""));
        assertThat(String.join(" ", reasons)).containsAnyOf("\"value\"", "\"indicator\"", "\"numerator\"");
        assertThat(jdbc.sql("select fragment from quarantine").query(String.class).list()).allSatisfy(f -> assertThat(f).contains("maChiTieu"));
    }

    @Test
    void oldQuartersArriveUnderTheOldProvincesThatMergedIntoTheGateway() {
        ConnectorRunner.Result result = runner.run("lgsp-t08", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(jdbc.sql("select distinct unit_id from observation where period_id = '2025Q2' order by unit_id").query(String.class).list())
                .containsExactly("T63-02", "T63-08");
        assertThat(jdbc.sql("select distinct unit_id from observation where period_id = '2025Q3'").query(String.class).list())
                .containsExactly("08");
    }
}
