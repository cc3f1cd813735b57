package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The running hub with its simulators; every simulator test class shares this one context (same properties). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.simulators.timeout-fault-ms=400", "hub.simulators.dvc.dossiers-per-province=2000"})
abstract class SimulatorWebTest {

    static final String DVC_KEY = "sandbox-dvc-key";

    @LocalServerPort
    int port;

    /** The JDK client: Apache HttpClient (the default) silently retries 429 and 503, which would hide the faults under test. */
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void client() {
        http = new TestRestTemplate(new RestTemplateBuilder().requestFactory(() -> new JdkClientHttpRequestFactory()).rootUri("http://localhost:" + port));
    }

    @AfterEach
    void healthyAgain() {
        http.delete("/sandbox/faults");
        http.delete("/sandbox/calls");
    }

    JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    ResponseEntity<String> dvc(String pathAndQuery) {
        return dvc(pathAndQuery, DVC_KEY);
    }

    ResponseEntity<String> dvc(String pathAndQuery, String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set("X-API-Key", key);
        }
        return http.exchange("/sandbox/dvc/api" + pathAndQuery, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    ResponseEntity<String> tokenRequest(String province, String clientId, String secret, boolean basic) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        if (basic) {
            headers.setBasicAuth(clientId, secret);
        } else {
            form.add("client_id", clientId);
            form.add("client_secret", secret);
        }
        return http.postForEntity("/sandbox/lgsp/" + province + "/oauth2/token", new HttpEntity<>(form, headers), String.class);
    }

    String token(String province) throws Exception {
        ResponseEntity<String> response = tokenRequest(province, "dxhub-" + province, "sandbox-secret", true);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response).get("access_token").asText();
    }

    ResponseEntity<String> lgsp(String province, String token, String query) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/sandbox/lgsp/" + province + "/api/v1/chi-tieu" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    void plan(String simulator, Map<String, Object> plan) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange("/sandbox/faults/" + simulator, HttpMethod.PUT, new HttpEntity<>(plan, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    }
}
