package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.store.AuditLog;
import vn.dxhub.support.HubUsers;

/** The audit log's API, newest first, filtered and paged; and a VIEWER refused on every action of quarantine and deliveries, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void threeActions() {
        jdbc.sql("delete from audit_log").update();
        audit.record(new AuditLog.Action("lan.nguyen", "quarantine.discard", "quarantine 7 (lgsp-01)", AuditLog.Outcome.ALLOWED, "open", "discarded", "trùng"));
        audit.record(new AuditLog.Action("lan.nguyen", "delivery.replay-dead", "delivery 9", AuditLog.Outcome.DENIED, "delivered", null, "không chết"));
        audit.record(new AuditLog.Action("minh.tran", "quarantine.resubmit", "quarantine 8 (lgsp-01)", AuditLog.Outcome.FAILED, "open", "open", "value"));
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = HubUsers.VIEWER.on(http).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    @Test
    void listsNewestFirstWithBeforeAndAfter() throws Exception {
        JsonNode all = get("/api/audit");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("items")).extracting(i -> i.path("action").asText())
                .containsExactly("quarantine.resubmit", "delivery.replay-dead", "quarantine.discard");
        JsonNode discard = all.path("items").get(2);
        assertThat(discard.path("before").asText()).isEqualTo("open");
        assertThat(discard.path("after").asText()).isEqualTo("discarded");
        assertThat(discard.path("target").asText()).isEqualTo("quarantine 7 (lgsp-01)");
    }

    @Test
    void filtersByActorActionOutcomeAndDateAndPages() throws Exception {
        assertThat(get("/api/audit?actor=lan.nguyen").path("total").asInt()).isEqualTo(2);
        assertThat(get("/api/audit?action=quarantine.").path("total").asInt()).isEqualTo(2);
        assertThat(get("/api/audit?outcome=denied").path("items").get(0).path("target").asText()).isEqualTo("delivery 9");
        assertThat(get("/api/audit?from=2000-01-01&to=2000-12-31").path("total").asInt()).isZero();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertThat(get("/api/audit?from=" + today + "&to=" + today).path("total").asInt()).isEqualTo(3);
        JsonNode page = get("/api/audit?offset=1&limit=1");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("action").asText()).isEqualTo("delivery.replay-dead");
        ResponseEntity<String> bad = HubUsers.VIEWER.on(http).getForEntity("/api/audit?outcome=maybe", String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(bad.getBody()).path("field").asText()).isEqualTo("outcome");
    }

    @Test
    void aViewerIsRefusedEveryActionAndEachRefusalIsAudited() throws Exception {
        Map<String, Object> actions = Map.of(
                "/api/quarantine/1/resubmit", Map.of("observation", Map.of("value", 1)),
                "/api/quarantine/1/discard", Map.of("reason", "x"),
                "/api/deliveries/replay", Map.of("allDead", true));
        for (Map.Entry<String, Object> action : actions.entrySet()) {
            ResponseEntity<String> answer = HubUsers.VIEWER.on(http).postForEntity(action.getKey(), action.getValue(), String.class);
            assertThat(answer.getStatusCode().value()).as(action.getKey()).isEqualTo(403);
            assertThat(JSON.readTree(answer.getBody()).path("messageEn").asText()).isEqualTo("your role may not do this");
        }
        assertThat(jdbc.sql("select target from audit_log where actor = 'viewer' and action = 'http.denied' and outcome = 'denied'")
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(
                        List.of("POST /api/quarantine/1/resubmit", "POST /api/quarantine/1/discard", "POST /api/deliveries/replay"));
        assertThat(get("/api/audit?actor=viewer&outcome=denied").path("total").asInt()).isEqualTo(3);
    }
}
