package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.dxhub.support.HubUsers;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = HubUsers.VIEWER.on(http).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " -> " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void listsEveryCatalogIndicatorWithItsFigures() throws Exception {
        JsonNode indicators = get("/api/catalog/indicators");
        assertThat(indicators).hasSize(59);
        JsonNode i14 = indicators.get(3);
        assertThat(i14.get("code").asText()).isEqualTo("1.4");
        assertThat(i14.get("target2025").asText()).isEqualTo("≥ 80%");
        assertThat(i14.get("plan2023").asText()).isEqualTo("30%");
        assertThat(i14.get("unitOfMeasure").asText()).isEqualTo("percent");
    }

    @Test
    void listsUnitsFilteredByKindAndDate() throws Exception {
        assertThat(get("/api/catalog/units?kind=province&date=2025-07-01")).hasSize(34);
        assertThat(get("/api/catalog/units?kind=province&date=2025-06-30")).hasSize(63);
        JsonNode all = get("/api/catalog/units");
        assertThat(all.size()).isGreaterThan(97);
    }

    @Test
    void calendarAnswersThePeriodWindowAndDeadlineOfADate() throws Exception {
        JsonNode answer = get("/api/calendar?date=2025-12-01");
        assertThat(answer.get("period").asText()).isEqualTo("2026Q1");
        assertThat(answer.get("from").asText()).isEqualTo("2025-12-01");
        assertThat(answer.get("to").asText()).isEqualTo("2026-03-31");
        assertThat(answer.get("dueBefore").asText()).isEqualTo("2026-04-03");
        assertThat(answer.get("nextDuePeriod").asText()).isEqualTo("2025Q4");
        assertThat(answer.get("nextDueDaysLeft").asInt()).isEqualTo(4);
    }

    @Test
    void aMalformedDateIsA400NamingTheParameter() throws Exception {
        ResponseEntity<String> response = HubUsers.VIEWER.on(http).getForEntity("/api/calendar?date=01/12/2025", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(response.getBody());
        assertThat(error.get("field").asText()).isEqualTo("date");
        assertThat(error.get("value").asText()).isEqualTo("01/12/2025");
        assertThat(error.get("messageVi").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void requestHeadersAreNotEchoedBack() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set("X-Secret-Token", "s3cr3t");
        for (String path : java.util.List.of("/api/calendar?date=2025-01-01", "/api/calendar?date=nonsense")) {
            ResponseEntity<String> response = HubUsers.VIEWER.on(http).exchange(path, org.springframework.http.HttpMethod.GET,
                    new org.springframework.http.HttpEntity<>(headers), String.class);
            assertThat(response.getHeaders().containsKey("X-Secret-Token")).as(path).isFalse();
        }
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = get("/api/openapi");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable()
                .contains("/catalog/indicators", "/catalog/units", "/catalog/targets", "/calendar");
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(get("/actuator/health").get("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void routesFromTheRoutesFolderAreLoaded() {
        assertThat(camel.getRoute("deadline-reminder")).isNotNull();
    }
}
