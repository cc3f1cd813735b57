package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.dxhub.config.HubProperties;

/** The NDXP exchange simulator seen from a client that speaks to it directly over mutual TLS. */
class NdxpSimulatorTest extends SimulatorWebTest {

    @Autowired
    Environment environment;

    @Autowired
    HubProperties properties;

    private HttpClient withCertificate;
    private HttpClient withoutCertificate;
    private String exchange;

    @BeforeEach
    void clients() throws Exception {
        HubProperties.Simulators.NdxpExchange ndxp = properties.getSimulators().getNdxp();
        char[] password = ndxp.getKeystorePassword().toCharArray();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(open(ndxp.getPkiDir().resolve("ca.p12"), password));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(open(ndxp.getPkiDir().resolve("hub-client.p12"), password), password);
        SSLContext mutual = SSLContext.getInstance("TLS");
        mutual.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        SSLContext serverOnly = SSLContext.getInstance("TLS");
        serverOnly.init(null, trust.getTrustManagers(), null);
        withCertificate = HttpClient.newBuilder().sslContext(mutual).connectTimeout(Duration.ofSeconds(5)).build();
        withoutCertificate = HttpClient.newBuilder().sslContext(serverOnly).connectTimeout(Duration.ofSeconds(5)).build();
        exchange = "https://localhost:" + environment.getRequiredProperty("local.ndxp.port");
    }

    private static KeyStore open(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(exchange + path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> exchangeLog() throws Exception {
        return StreamSupport.stream(read(http.getForEntity("/sandbox/calls/ndxp", String.class)).path("last").spliterator(), false).toList();
    }

    @Test
    void anAcceptedCallGetsTheProvidingSystemsAnswerWithATransactionId() throws Exception {
        HttpResponse<String> answer = get(withCertificate, "/sandbox/ndxp/api/thong-ke?maTinh=01&kyBaoCao=2026Q3",
                "X-NDXP-Calling-System", "dxhub", "X-NDXP-Providing-System", "dvc-qg", "X-API-Key", DVC_KEY);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body())).isEqualTo(read(dvc("/thong-ke?maTinh=01&kyBaoCao=2026Q3")));
        String transaction = answer.headers().firstValue("X-NDXP-Transaction-Id").orElseThrow();
        assertThat(answer.headers().firstValue("X-NDXP-Error")).isEmpty();
        assertThat(exchangeLog()).singleElement().satisfies(call -> {
            assertThat(call.path("query").asText()).isEqualTo("maTinh=01&kyBaoCao=2026Q3");
            assertThat(call.path("exchange").path("transactionId").asText()).isEqualTo(transaction);
            assertThat(call.path("exchange").path("certificateSubject").asText()).contains("CN=dxhub");
            assertThat(call.path("time").asText()).isNotBlank();
        });
    }

    @Test
    void aRefusalIsTheExchangesOwnJsonErrorWithItsCodeInAHeader() throws Exception {
        HttpResponse<String> answer = get(withCertificate, "/sandbox/ndxp/api/thong-ke?maTinh=01&kyBaoCao=2026Q3",
                "X-NDXP-Calling-System", "dxhub", "X-API-Key", DVC_KEY);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("X-NDXP-Error")).contains("PROVIDING_SYSTEM_MISSING");
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("code").asText()).isEqualTo("PROVIDING_SYSTEM_MISSING");
        assertThat(body.path("message").asText()).isEqualTo("Thiếu mã hệ thống cung cấp / the providing system is not named");
        assertThat(body.path("transactionId").asText()).isEqualTo(answer.headers().firstValue("X-NDXP-Transaction-Id").orElseThrow());
        assertThat(exchangeLog()).singleElement().satisfies(call -> {
            assertThat(call.path("status").asInt()).isEqualTo(400);
            assertThat(call.path("exchange").path("callingSystem").asText()).isEqualTo("dxhub");
            assertThat(call.path("exchange").path("refusal").asText()).startsWith("PROVIDING_SYSTEM_MISSING");
        });
        assertThat(read(http.getForEntity("/sandbox/calls/dvc", String.class)).path("total").asInt()).isZero();
    }

    @Test
    void aClientWithoutCertificateIsAnsweredButRefused() throws Exception {
        HttpResponse<String> answer = get(withoutCertificate, "/sandbox/ndxp/api/thong-ke",
                "X-NDXP-Calling-System", "dxhub", "X-NDXP-Providing-System", "dvc-qg");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("X-NDXP-Error")).contains("CLIENT_CERTIFICATE_MISSING");
        assertThat(exchangeLog()).singleElement().satisfies(call -> assertThat(call.path("exchange").has("certificateSubject")).isFalse());
    }

    @Test
    void theExchangesPortServesTheExchangeOnly() throws Exception {
        HttpResponse<String> api = get(withCertificate, "/api/catalog/indicators");
        HttpResponse<String> simulator = get(withCertificate, "/sandbox/dvc/api/thong-ke?maTinh=01&kyBaoCao=2026Q3", "X-API-Key", DVC_KEY);

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("X-NDXP-Error")).contains("NOT_AN_EXCHANGE_SERVICE");
        assertThat(simulator.statusCode()).isEqualTo(404);
        assertThat(read(http.getForEntity("/sandbox/calls/dvc", String.class)).path("total").asInt()).as("the simulator was not reached").isZero();
        assertThat(exchangeLog()).hasSize(2).allSatisfy(call -> assertThat(call.path("exchange").path("refusal").asText())
                .startsWith("NOT_AN_EXCHANGE_SERVICE"));
    }

    @Test
    void theExchangesFaultKnobsWork() throws Exception {
        plan("ndxp", java.util.Map.of("next", List.of(java.util.Map.of("fault", "HTTP_429", "retryAfterSeconds", 7))));

        HttpResponse<String> answer = get(withCertificate, "/sandbox/ndxp/api/thong-ke?maTinh=01&kyBaoCao=2026Q3",
                "X-NDXP-Calling-System", "dxhub", "X-NDXP-Providing-System", "dvc-qg", "X-API-Key", DVC_KEY);

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).contains("7");
        assertThat(exchangeLog()).singleElement().satisfies(call -> assertThat(call.path("fault").asText()).isEqualTo("HTTP_429"));
    }
}
