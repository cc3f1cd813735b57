package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.QuarantinedRows;

/** The quarantine API over two rows the file-drop connector really quarantined: list, entry, resubmit and discard with every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuarantineApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        QuarantinedRows.connector(registry);
    }

    private long row20;
    private long row25;

    @BeforeEach
    void twoQuarantinedRows() {
        HubTestData.clean(jdbc);
        assertThat(QuarantinedRows.upload(http).getStatusCode().value()).isEqualTo(200);
        row20 = jdbc.sql("select id from quarantine where record_locator = ?").param(QuarantinedRows.ROW_20).query(Long.class).single();
        row25 = jdbc.sql("select id from quarantine where record_locator = ?").param(QuarantinedRows.ROW_25).query(Long.class).single();
    }

    private ResponseEntity<String> get(String path) {
        return HubUsers.VIEWER.on(http).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String path, Object body) {
        return HubUsers.OPERATOR.on(http).postForEntity(path, body, String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    /** Delivery tests with workers on pick up pending rows other classes leave in the shared database. */
    @AfterEach
    void leaveNoPendingDeliveries() {
        HubTestData.clean(jdbc);
    }

    @Test
    void listsOpenEntriesWithTheirFirstReasonFilteredAndPaged() throws Exception {
        JsonNode all = json(get("/api/quarantine?state=open"));
        assertThat(all.path("total").asInt()).isEqualTo(2);
        JsonNode item = all.path("items").get(0);
        assertThat(item.path("connector").asText()).isEqualTo(QuarantinedRows.CONNECTOR);
        assertThat(item.path("state").asText()).isEqualTo("open");
        assertThat(item.path("runId").asLong()).isPositive();
        assertThat(item.path("firstReason").path("field").asText()).isEqualTo("value");

        JsonNode byReason = json(get("/api/quarantine?reason=PHẦN TRĂM"));
        assertThat(byReason.path("total").asInt()).isEqualTo(1);
        assertThat(byReason.path("items").get(0).path("locator").asText()).isEqualTo(QuarantinedRows.ROW_20);
        assertThat(json(get("/api/quarantine?connector=khac")).path("total").asInt()).isZero();
        assertThat(json(get("/api/quarantine?state=discarded")).path("total").asInt()).isZero();
        assertThat(json(get("/api/quarantine?from=2000-01-01&to=2000-01-31")).path("total").asInt()).isZero();

        JsonNode page = json(get("/api/quarantine?limit=1&offset=1"));
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(all.path("items").get(1).path("id").asLong());
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("state", "closed", "from", "hôm qua", "limit", "0", "offset", "-1").entrySet()) {
            ResponseEntity<String> answer = get("/api/quarantine?" + bad.getKey() + "=" + bad.getValue());
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            assertThat(json(answer).path("field").asText()).isEqualTo(bad.getKey());
            assertThat(json(answer).path("value").asText()).isEqualTo(bad.getValue());
        }
    }

    @Test
    void anEntryHasItsFragmentReasonsPayloadAndASuggestedCorrection() throws Exception {
        JsonNode answer = json(get("/api/quarantine/" + row20));
        JsonNode entry = answer.path("entry");
        assertThat(entry.path("fragment").asText()).contains("135");
        assertThat(entry.path("reasons").get(0).path("value").asText()).isEqualTo("135.2");
        assertThat(entry.path("reasons").get(0).path("messageVi").asText()).contains("phần trăm");
        assertThat(entry.path("reasons").get(0).path("messageEn").asText()).contains("percent");
        assertThat(entry.path("payload").path("requestRef").asText()).isEqualTo("phu-luc-01-lao-cai.xlsx");
        assertThat(entry.path("payload").path("sha256").asText()).hasSize(64);
        assertThat(entry.path("payload").path("fetchedAt").asText()).isNotEmpty();
        assertThat(entry.path("runId").asLong()).isPositive();
        assertThat(entry.path("state").asText()).isEqualTo("open");

        JsonNode suggestion = answer.path("suggestedCorrection");
        assertThat(suggestion.path("reportingUnit").asText()).isEqualTo("15");
        assertThat(suggestion.path("period").asText()).isEqualTo("2026Q3");
        assertThat(suggestion.path("value").decimalValue()).isEqualByComparingTo("135.2");
        assertThat(suggestion.path("unitOfMeasure").asText()).isEqualTo("percent");
        assertThat(suggestion.path("status").asText()).isEqualTo("official");
        assertThat(suggestion.path("indicator").asText()).matches("[0-9]+(\\.[0-9]+)+");

        assertThat(json(get("/api/quarantine/" + row25)).path("suggestedCorrection").path("value").isNull()).isTrue();
        assertThat(get("/api/quarantine/999999").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> notANumber = get("/api/quarantine/abc");
        assertThat(notANumber.getStatusCode().value()).isEqualTo(400);
        assertThat(json(notANumber).path("field").asText()).isEqualTo("id");
    }

    @Test
    void aWrongCorrectionIs422WithItsProblemsAndARightOneIsStoredOnce() throws Exception {
        ObjectNode correction = (ObjectNode) json(get("/api/quarantine/" + row20)).path("suggestedCorrection");

        ResponseEntity<String> wrong = post("/api/quarantine/" + row20 + "/resubmit", Map.of("observation", correction, "note", "thử"));
        assertThat(wrong.getStatusCode().value()).as(wrong.getBody()).isEqualTo(422);
        JsonNode problem = json(wrong).path("problems").get(0);
        assertThat(problem.path("field").asText()).isEqualTo("value");
        assertThat(problem.path("value").asText()).isEqualTo("135.2");
        assertThat(problem.path("messageVi").asText()).contains("phần trăm");
        assertThat(count(jdbc, "select count(*) from quarantine where id = ? and state = 'open'", row20)).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from audit_log where actor = 'operator' and action = 'quarantine.resubmit' and outcome = 'failed'"
                + " and target like ?", "quarantine " + row20 + " %")).isEqualTo(1);

        correction.put("value", 35.2);
        ResponseEntity<String> right = post("/api/quarantine/" + row20 + "/resubmit", Map.of("observation", correction, "note", "gõ nhầm dấu"));
        assertThat(right.getStatusCode().value()).as(right.getBody()).isEqualTo(200);
        assertThat(json(right).path("stored").asText()).isEqualTo("created");
        assertThat(json(right).path("value").path("revision").asInt()).isEqualTo(1);
        assertThat(json(right).path("value").path("value").asText()).isEqualTo("35.2");
        assertThat(jdbc.sql("select obs_value from observation where id = ?").param(json(right).path("value").path("observationId").asLong())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("35.2");
        JsonNode settled = json(get("/api/quarantine/" + row20)).path("entry");
        assertThat(settled.path("state").asText()).isEqualTo("resubmitted");
        assertThat(settled.path("resolvedBy").asText()).isEqualTo("operator");
        assertThat(settled.path("resolutionNote").asText()).isEqualTo("gõ nhầm dấu");

        ResponseEntity<String> again = post("/api/quarantine/" + row20 + "/resubmit", Map.of("observation", correction));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(json(again).path("messageEn").asText()).contains("already settled");
        assertThat(post("/api/quarantine/" + row20 + "/discard", Map.of("reason", "trùng")).getStatusCode().value()).isEqualTo(409);
        assertThat(post("/api/quarantine/999999/resubmit", Map.of("observation", correction)).getStatusCode().value()).isEqualTo(404);
        assertThat(json(get("/api/quarantine?state=open")).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void discardNeedsAReasonAndIsAudited() throws Exception {
        ResponseEntity<String> noReason = post("/api/quarantine/" + row25 + "/discard", Map.of("reason", " "));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(json(noReason).path("field").asText()).isEqualTo("reason");
        assertThat(post("/api/quarantine/" + row25 + "/discard", Map.of()).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/quarantine/999999/discard", Map.of("reason", "x")).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> discarded = post("/api/quarantine/" + row25 + "/discard", Map.of("reason", "đơn vị chưa có số liệu quý này"));
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);
        assertThat(json(discarded).path("state").asText()).isEqualTo("discarded");
        assertThat(jdbc.sql("select state || ' ' || resolved_by || ' ' || resolution_note from quarantine where id = ?").param(row25)
                .query(String.class).single()).isEqualTo("discarded operator đơn vị chưa có số liệu quý này");
        assertThat(jdbc.sql("select outcome from audit_log where action = 'quarantine.discard' and target like ? order by id")
                .param("quarantine " + row25 + "%").query(String.class).list()).containsExactly("failed", "failed", "allowed");
        assertThat(json(get("/api/quarantine?state=discarded")).path("items").get(0).path("resolvedBy").asText()).isEqualTo("operator");
    }

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeIs400NamingTheBody() throws Exception {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        for (String body : List.of("{\"reason\": ", "{\"reason\": {\"x\": [1]}}", "[1, 2]")) {
            ResponseEntity<String> answer = post("/api/quarantine/" + row25 + "/discard", new org.springframework.http.HttpEntity<>(body, headers));
            assertThat(answer.getStatusCode().value()).as(body + " -> " + answer.getBody()).isEqualTo(400);
            assertThat(json(answer).path("field").asText()).isEqualTo("body");
            assertThat(json(answer).path("messageVi").asText()).startsWith("Thân yêu cầu không phải JSON đúng dạng");
        }
        assertThat(json(get("/api/quarantine?state=open")).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheQuarantineEndpoints() throws Exception {
        JsonNode paths = json(get("/api/openapi")).path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/quarantine", "/quarantine/{id}", "/quarantine/{id}/resubmit",
                "/quarantine/{id}/discard", "/deliveries", "/deliveries/summary", "/deliveries/{id}", "/deliveries/replay", "/audit",
                "/jobs", "/jobs/{id}");
        assertThat(paths.path("/quarantine/{id}/resubmit").path("post").path("responses").fieldNames()).toIterable().contains("422", "409", "404");
    }
}
