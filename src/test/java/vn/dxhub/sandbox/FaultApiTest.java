package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** The fault knobs, shown on the DVC simulator's smallest endpoint; every simulator gets them through the same filter. */
class FaultApiTest extends SimulatorWebTest {

    private static final String SERVICES = "/dich-vu/thong-ke?maTinh=01";

    private static Map<String, Object> oneShot(String fault, Object... more) {
        Map<String, Object> shot = new java.util.HashMap<>(Map.of("fault", fault));
        for (int i = 0; i < more.length; i += 2) {
            shot.put((String) more[i], more[i + 1]);
        }
        return Map.of("next", List.of(shot));
    }

    @Test
    void aPlanIsReadSetAndResetOverHttp() throws Exception {
        assertThat(read(http.getForEntity("/sandbox/faults/dvc", String.class)).get("latencyMs").asLong()).isZero();
        plan("dvc", Map.of("latencyMs", 5, "badRecordRate", 0.25, "next", List.of(Map.of("fault", "TIMEOUT", "count", 2))));
        JsonNode plan = read(http.getForEntity("/sandbox/faults/dvc", String.class));
        assertThat(plan.get("badRecordRate").asDouble()).isEqualTo(0.25);
        assertThat(plan.at("/next/0/fault").asText()).isEqualTo("TIMEOUT");
        assertThat(plan.at("/next/0/count").asInt()).isEqualTo(2);

        http.delete("/sandbox/faults/dvc");
        assertThat(read(http.getForEntity("/sandbox/faults/dvc", String.class)).get("next")).isEmpty();
    }

    @Test
    void rejectsAnInvalidPlan() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange("/sandbox/faults/dvc", HttpMethod.PUT,
                new HttpEntity<>("{\"badRecordRate\": 2}", headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        response = http.exchange("/sandbox/faults/dvc", HttpMethod.PUT, new HttpEntity<>("{\"next\":[{\"fault\":\"HTTP_418\"}]}", headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void oneShotFaultsHitTheNextRequestsInOrderThenTheSimulatorIsHealthy() {
        plan("dvc", Map.of("next", List.of(Map.of("fault", "HTTP_500", "count", 2), Map.of("fault", "HTTP_503", "retryAfterSeconds", 7))));
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(500);
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(500);
        ResponseEntity<String> unavailable = dvc(SERVICES);
        assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
        assertThat(unavailable.getHeaders().getFirst("Retry-After")).isEqualTo("7");
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        plan("dvc", oneShot("HTTP_429"));
        ResponseEntity<String> limited = dvc(SERVICES);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst("Retry-After")).isEqualTo("1");

        plan("dvc", oneShot("HTTP_429", "retryAfterSeconds", 30));
        assertThat(dvc(SERVICES).getHeaders().getFirst("Retry-After")).isEqualTo("30");
    }

    @Test
    void unauthorizedLooksLikeAnExpiredToken() throws Exception {
        plan("dvc", oneShot("HTTP_401"));
        ResponseEntity<String> response = dvc(SERVICES);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(read(response).get("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void malformedIsAnHtmlPageDeclaredAsJson() {
        plan("dvc", oneShot("MALFORMED"));
        ResponseEntity<String> response = dvc(SERVICES);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.getBody()).isEqualTo("<html><body>Bad Gateway</body></html>");
        assertThatThrownBy(() -> json.readTree(response.getBody())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void truncatedIsTheRealAnswerCutInTheMiddle() {
        String whole = dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=20").getBody();
        plan("dvc", oneShot("TRUNCATED"));
        ResponseEntity<String> response = dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=20");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(whole).startsWith(response.getBody());
        assertThat(response.getBody().length()).isBetween(whole.length() / 2 - 10, whole.length() / 2 + 10);
        assertThatThrownBy(() -> json.readTree(response.getBody())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        plan("dvc", Map.of("latencyMs", 300));
        long start = System.nanoTime();
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(200);
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
    }

    @Test
    void trickleSendsTheSameBodySlowly() {
        String fast = dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=10").getBody();
        plan("dvc", Map.of("trickleBytesPerSecond", 10_000));
        long start = System.nanoTime();
        String slow = dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=10").getBody();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(slow).isEqualTo(fast);
        assertThat(millis).isGreaterThanOrEqualTo(fast.length() / 10 - 150L);
    }

    @Test
    void timeoutOutlastsAClientWithAShorterReadTimeout() {
        plan("dvc", oneShot("TIMEOUT"));
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(100);
        RestTemplate impatient = new RestTemplate(factory);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", DVC_KEY);
        assertThatThrownBy(() -> impatient.exchange("http://localhost:" + port + "/sandbox/dvc/api" + SERVICES, HttpMethod.GET,
                new HttpEntity<>(headers), String.class)).isInstanceOf(ResourceAccessException.class);
    }

    @Test
    void aFaultCanTargetOnePath() {
        plan("dvc", Map.of("next", List.of(Map.of("fault", "HTTP_500", "path", "/ho-so"))));
        assertThat(dvc(SERVICES).getStatusCode().value()).isEqualTo(200);
        assertThat(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=1").getStatusCode().value()).isEqualTo(500);
        assertThat(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=1").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void callsAreCountedPerPathAndListed() throws Exception {
        plan("dvc", oneShot("HTTP_500"));
        dvc(SERVICES);
        dvc(SERVICES);
        dvc("/thong-ke?maTinh=01&kyBaoCao=2025Q3");
        JsonNode calls = read(http.getForEntity("/sandbox/calls/dvc", String.class));
        assertThat(calls.get("total").asLong()).isEqualTo(3);
        assertThat(calls.at("/byPath/~1sandbox~1dvc~1api~1dich-vu~1thong-ke").asLong()).isEqualTo(2);
        assertThat(calls.at("/last/0/query").asText()).isEqualTo("maTinh=01");
        assertThat(calls.at("/last/0/fault").asText()).isEqualTo("HTTP_500");
        assertThat(calls.at("/last/0/method").asText()).isEqualTo("GET");
        assertThat(calls.at("/last/2/path").asText()).isEqualTo("/sandbox/dvc/api/thong-ke");

        http.delete("/sandbox/calls/dvc");
        assertThat(read(http.getForEntity("/sandbox/calls/dvc", String.class)).get("total").asLong()).isZero();
    }
}
