package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.sandbox.TestPki;
import vn.dxhub.support.HubTestData;

/**
 * REST connectors through the NDXP exchange simulator over mutual TLS: every kind pulls through it and stores its
 * values, the exchange logs each call with who called whom and with which certificate, and every way of calling it
 * wrongly is refused, logged, and fails the run with a message an operator can act on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NdxpConnectorTest extends SimulatorConnectorTest {

    private static final String EXCHANGE = "https://localhost:{{local.ndxp.port}}/sandbox/ndxp";
    private static final String CALLING = "dxhub";

    /** One connector of a kind, through the exchange: the route file, and what its run must store. */
    record Through(String connectorId, String providingSystem, String providerSimulator, String providerPath, String sourceSystem,
                   int observations, String yaml) {
        @Override
        public String toString() {
            return connectorId;
        }
    }

    /**
     * One row per REST kind. The counts follow from the simulators: an LGSP gateway answers 15 records a quarter,
     * the DVC statistics one 1.4 value a quarter, the DVC dossiers are aggregated into 4 indicators a quarter, the
     * reporting system holds two reports of 4 indicators a quarter, the FHIR server 4 health indicators for each of the
     * 34 provinces a quarter; each connector fetches 2026Q3 and 2026Q4.
     */
    static Stream<Through> kinds() {
        return Stream.of(
                new Through("ndxp-lgsp", "lgsp-01", "lgsp", "/sandbox/lgsp/01/", "lgsp", 30, lgsp("ndxp-lgsp")),
                new Through("ndxp-dvc-stats", "dvc-qg", "dvc", "/sandbox/dvc/", "dvc-stats", 2, dvcStats("ndxp-dvc-stats", Map.of())),
                new Through("ndxp-dvc-dossiers", "dvc-qg", "dvc", "/sandbox/dvc/", "dvc", 8, connector("dvc-dossiers", "ndxp-dvc-dossiers", Map.of(
                        "baseUrl", EXCHANGE + "/api/ho-so", "servicesUrl", EXCHANGE + "/api/dich-vu/thong-ke", "apiKey", "{{DVC_SANDBOX_API_KEY}}",
                        "province", "01", "pageSize", "1000", "mapping", "dvc/ho-so.yaml", "ndxpProvidingSystem", "dvc-qg"))),
                new Through("ndxp-bao-cao", "bao-cao", "bao-cao", "/sandbox/bao-cao/", "reporting", 16, connector("reporting-system", "ndxp-bao-cao",
                        Map.of("baseUrl", EXCHANGE + "/api/v1/bao-cao", "apiKey", "{{BAO_CAO_SANDBOX_API_KEY}}", "unit", "92",
                                "mapping", "bao-cao/bao-cao-xml.yaml", "ndxpProvidingSystem", "bao-cao"))),
                new Through("ndxp-fhir", "fhir", "fhir", "/sandbox/fhir/", "fhir", 272, connector("fhir-measurereport", "ndxp-fhir",
                        Map.of("baseUrl", EXCHANGE, "bearerToken", "{{FHIR_SANDBOX_TOKEN}}", "pageSize", "100", "format", "xml",
                                "mapping", "fhir/chi-so-y-te.yaml", "ndxpProvidingSystem", "fhir"))));
    }

    /** A connector through the exchange with the sandbox PKI's client certificate and CA; {@code params} adds or replaces. */
    private static String connector(String kind, String id, Map<String, String> params) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "startPeriod", "2026Q3", "initialBackoff", "100ms", "ndxpCallingSystem", CALLING,
                "clientKeystore", "{{NDXP_SANDBOX_CLIENT_KEYSTORE}}", "clientKeystorePassword", "{{NDXP_SANDBOX_KEYSTORE_PASSWORD}}",
                "truststore", "{{NDXP_SANDBOX_TRUSTSTORE}}", "truststorePassword", "{{NDXP_SANDBOX_KEYSTORE_PASSWORD}}"));
        all.putAll(params);
        all.values().removeIf(String::isEmpty);
        return HubTestData.templatedRoute(kind, id, all);
    }

    private static String lgsp(String id) {
        return connector("lgsp-rest", id, Map.of("baseUrl", EXCHANGE + "/api/v1/chi-tieu", "tokenUrl", EXCHANGE + "/oauth2/token",
                "clientId", "dxhub-01", "clientSecret", "{{LGSP_SANDBOX_CLIENT_SECRET}}", "pageSize", "10", "mapping", "lgsp/chi-tieu.yaml",
                "ndxpProvidingSystem", "lgsp-01"));
    }

    private static String dvcStats(String id, Map<String, String> params) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("baseUrl", EXCHANGE + "/api/thong-ke", "apiKey", "{{DVC_SANDBOX_API_KEY}}",
                "province", "01", "mapping", "dvc/thong-ke.yaml", "ndxpProvidingSystem", "dvc-qg"));
        all.putAll(params);
        return connector("dvc-stats", id, all);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        StringBuilder files = new StringBuilder();
        kinds().forEach(k -> files.append(k.yaml()));
        Path foreign = TestPki.make("sandbox-pki", CALLING).resolve(TestPki.CLIENT_KEYSTORE);
        files.append(lgsp("ndxp-lgsp-token"))
                .append(dvcStats("ndxp-no-certificate", Map.of("clientKeystore", "", "clientKeystorePassword", "")))
                .append(dvcStats("ndxp-foreign-ca", Map.of("clientKeystore", foreign.toString().replace('\\', '/'))))
                .append(dvcStats("ndxp-no-systems", Map.of("ndxpCallingSystem", "", "ndxpProvidingSystem", "")))
                .append(dvcStats("ndxp-impostor", Map.of("ndxpCallingSystem", "so-tttt-01")))
                .append(dvcStats("ndxp-unknown-provider", Map.of("ndxpProvidingSystem", "lgsp-99")))
                .append(dvcStats("ndxp-plain-http", Map.of("baseUrl", "http://localhost:{{local.server.port}}/sandbox/ndxp/api/thong-ke")))
                .append(dvcStats("ndxp-wrong-password", Map.of("clientKeystorePassword", "{{TEST_WRONG_KEYSTORE_PASSWORD}}")));
        Path routes = HubTestData.routes(Map.of("ndxp/test.yaml", files.toString()));
        registry.add("hub.routes-dir", routes::toString);
        registry.add("TEST_WRONG_KEYSTORE_PASSWORD", () -> "not-the-password");
    }

    private List<JsonNode> calls(String simulator) {
        JsonNode log = http.getForObject("/sandbox/calls/" + simulator, JsonNode.class);
        return StreamSupport.stream(log.path("last").spliterator(), false).toList();
    }

    private String errorKind(ConnectorRunner.Result result) {
        return jdbc.sql("select error_kind from connector_run where id = ?").param(result.runId()).query(String.class).single();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyRestKindPullsThroughTheExchangeAndEachCallIsLoggedOnBothSides(Through kind) {
        ConnectorRunner.Result result = runner.run(kind.connectorId(), ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.periods()).containsExactly("2026Q3", "2026Q4");
        assertThat(count(jdbc, "select count(*) from observation where source_system = ?", kind.sourceSystem())).isEqualTo(kind.observations());
        assertThat(count(jdbc, "select count(*) from quarantine")).isZero();

        List<JsonNode> exchangeLog = calls("ndxp");
        assertThat(exchangeLog).isNotEmpty().allSatisfy(call -> {
            assertThat(call.path("status").asInt()).isEqualTo(200);
            assertThat(call.path("path").asText()).startsWith("/sandbox/ndxp/");
            JsonNode exchange = call.path("exchange");
            assertThat(exchange.path("callingSystem").asText()).isEqualTo(CALLING);
            assertThat(exchange.path("providingSystem").asText()).isEqualTo(kind.providingSystem());
            assertThat(exchange.path("certificateSubject").asText()).contains("CN=" + CALLING);
            assertThat(exchange.path("transactionId").asText()).startsWith("ndxp-");
            assertThat(exchange.has("refusal")).isFalse();
        });
        List<JsonNode> providerLog = calls(kind.providerSimulator());
        assertThat(providerLog).as("each call forwarded once to the providing system").hasSameSizeAs(exchangeLog)
                .allSatisfy(call -> assertThat(call.path("path").asText()).startsWith(kind.providerPath()));
        assertThat(exchangeLog).extracting(call -> call.path("exchange").path("transactionId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void theOauthTokenIsFetchedThroughTheExchangeToo() {
        ConnectorRunner.Result result = runner.run("ndxp-lgsp-token", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(calls("ndxp")).filteredOn(call -> call.path("path").asText().equals("/sandbox/ndxp/oauth2/token"))
                .singleElement().satisfies(call -> {
                    assertThat(call.path("method").asText()).isEqualTo("POST");
                    assertThat(call.path("exchange").path("providingSystem").asText()).isEqualTo("lgsp-01");
                });
        assertThat(calls("lgsp")).extracting(call -> call.path("path").asText()).contains("/sandbox/lgsp/01/oauth2/token");
    }

    private void assertRefused(String connectorId, String code, String... inMessage) {
        ConnectorRunner.Result result = runner.run(connectorId, ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(errorKind(result)).isEqualTo("permanent");
        assertThat(result.error()).contains("sàn NDXP từ chối", code, "giao dịch NDXP").contains(inMessage);
        List<JsonNode> exchangeLog = calls("ndxp");
        assertThat(exchangeLog).as("refused at once, not retried").singleElement()
                .satisfies(call -> assertThat(call.path("exchange").path("refusal").asText()).startsWith(code));
        assertThat(calls("dvc")).as("nothing reached the providing system").isEmpty();
    }

    @Test
    void aCallWithoutAClientCertificateIsRefused() {
        assertRefused("ndxp-no-certificate", "CLIENT_CERTIFICATE_MISSING", "HTTP 403");
    }

    @Test
    void aCallThatNamesNoCallingSystemIsRefused() {
        assertRefused("ndxp-no-systems", "CALLING_SYSTEM_MISSING", "HTTP 400");
    }

    @Test
    void aCallingSystemOtherThanTheCertificatesIsRefused() {
        assertRefused("ndxp-impostor", "CALLING_SYSTEM_MISMATCH", "HTTP 403", "so-tttt-01");
        assertThat(calls("ndxp").get(0).path("exchange").path("certificateSubject").asText()).contains("CN=" + CALLING);
    }

    @Test
    void aProvidingSystemTheExchangeDoesNotKnowIsRefused() {
        assertRefused("ndxp-unknown-provider", "PROVIDING_SYSTEM_UNKNOWN", "HTTP 404", "lgsp-99");
    }

    @Test
    void aCallOnThePlainHttpPortIsRefused() {
        assertRefused("ndxp-plain-http", "TLS_REQUIRED", "HTTP 403");
    }

    @Test
    void aCertificateOfAnotherCaFailsTheHandshakeAndTheExchangeLogsIt() {
        ConnectorRunner.Result result = runner.run("ndxp-foreign-ca", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(errorKind(result)).isEqualTo("permanent");
        assertThat(result.error()).contains("TLS").contains("từ chối chứng chỉ máy khách");
        assertThat(calls("ndxp")).singleElement().satisfies(call -> {
            assertThat(call.path("exchange").path("refusal").asText()).startsWith("CLIENT_CERTIFICATE_UNTRUSTED");
            assertThat(call.path("exchange").path("certificateSubject").asText()).contains("CN=" + CALLING);
        });
        assertThat(calls("dvc")).isEmpty();
    }

    @Test
    void aWrongKeystorePasswordFailsBeforeAnyCallAndNeverShowsThePassword() {
        ConnectorRunner.Result result = runner.run("ndxp-wrong-password", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(errorKind(result)).isEqualTo("permanent");
        assertThat(result.error()).contains("clientKeystore", "hub-client.p12", "sai mật khẩu").doesNotContain("not-the-password");
        assertThat(calls("ndxp")).isEmpty();
    }

    @Test
    void theExchangesOutagesAreRetried() {
        fault("ndxp", "{\"next\":[{\"fault\":\"HTTP_503\",\"count\":2}]}");

        ConnectorRunner.Result result = runner.run("ndxp-dvc-stats", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        List<JsonNode> exchangeLog = calls("ndxp");
        assertThat(exchangeLog).extracting(call -> call.path("fault").asText(null)).containsExactly("HTTP_503", "HTTP_503", null, null);
        assertThat(calls("dvc")).as("only the calls the exchange let through").hasSize(2);
    }

    @Test
    void theProvidingSystemsFaultsApplyOnceBehindTheExchange() {
        fault("dvc", "{\"next\":[{\"fault\":\"HTTP_503\",\"count\":1}]}");

        ConnectorRunner.Result result = runner.run("ndxp-dvc-stats", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        List<String> providerFaults = new ArrayList<>();
        calls("dvc").forEach(call -> providerFaults.add(call.path("fault").asText(null)));
        assertThat(providerFaults).containsExactly("HTTP_503", null, null);
        assertThat(calls("ndxp")).extracting(call -> call.path("status").asInt()).containsExactly(503, 200, 200);
    }
}
