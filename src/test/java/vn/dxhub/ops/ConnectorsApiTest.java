package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxhub.connector.ConnectorDispatcher;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.LgspConsoleHub;

/** The connectors and runs API: status and health, filters and paging, pause, resume, run now, uploads, and their errors. */
@ExtendWith(OutputCaptureExtension.class)
class ConnectorsApiTest extends LgspConsoleHub {

    @Autowired
    ConnectorRunner runner;

    @Autowired
    ConnectorDispatcher dispatcher;

    @Autowired
    org.quartz.Scheduler scheduler;

    @BeforeEach
    @AfterEach
    void clean() {
        cleanHub();
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> answer = HubUsers.VIEWER.on(http).getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(path + " -> " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> post(HubUsers user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return user.on(http).postForEntity(path, json == null ? null : new HttpEntity<>(json, headers), JsonNode.class);
    }

    private static void assertRefused(ResponseEntity<JsonNode> answer, int status, String field, String value) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getBody().path("field").asText()).isEqualTo(field);
        assertThat(answer.getBody().path("value").asText()).isEqualTo(value);
        assertThat(answer.getBody().path("messageVi").asText()).isNotBlank();
        assertThat(answer.getBody().path("messageEn").asText()).isNotBlank();
    }

    private static List<String> ids(JsonNode answer) {
        return StreamSupport.stream(answer.get("connectors").spliterator(), false).map(c -> c.get("id").asText()).toList();
    }

    private List<String> audit() {
        return jdbc.sql("select action || ' ' || outcome || ' ' || actor || ' [' || coalesce(before_state, '') || '] -> [' || coalesce(after_state, '') || ']'"
                + " from audit_log order by id").query(String.class).list();
    }

    @Test
    void listsEveryConnectorWithItsStateScheduleNextFireAndHealth() throws org.quartz.SchedulerException {
        JsonNode answer = get("/api/connectors");

        assertThat(ids(answer)).containsExactly("file-c01", "lgsp-c01", "lgsp-c08", "lgsp-daily");
        assertThat(answer.get("total").asInt()).isEqualTo(4);
        assertThat(answer.get("refusedFiles").isObject()).isTrue();
        JsonNode daily = answer.get("connectors").get(3);
        assertThat(daily.get("state").asText()).isEqualTo("active");
        assertThat(daily.get("schedule").asText()).isEqualTo("0 0 6 * * ?");
        java.util.Date quartzNextFire = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("lgsp-daily", "connectors")).getNextFireTime();
        assertThat(java.time.Instant.parse(daily.get("nextFire").asText())).as("the next fire of the route's Quartz trigger")
                .isEqualTo(quartzNextFire.toInstant()).isAfter(java.time.Instant.now());
        assertThat(daily.at("/health/colour").asText()).isEqualTo("amber");
        assertThat(daily.at("/health/reasonVi").asText()).isEqualTo("Chưa chạy lần nào");
        JsonNode file = answer.get("connectors").get(0);
        assertThat(file.has("schedule")).as("a file-drop connector has no schedule").isFalse();
        assertThat(file.has("nextFire")).isFalse();
    }

    @Test
    void filtersByKindSourceSystemAndHealthAndPages() {
        runner.run("lgsp-c08", ConnectorRunner.Trigger.MANUAL);

        assertThat(ids(get("/api/connectors?kind=file-drop"))).containsExactly("file-c01");
        assertThat(ids(get("/api/connectors?sourceSystem=lgsp"))).containsExactly("lgsp-c01", "lgsp-c08", "lgsp-daily");
        assertThat(ids(get("/api/connectors?health=green"))).containsExactly("lgsp-c08");
        JsonNode page = get("/api/connectors?offset=1&limit=2");
        assertThat(ids(page)).containsExactly("lgsp-c01", "lgsp-c08");
        assertThat(page.get("total").asInt()).isEqualTo(4);

        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/connectors?health=purple", JsonNode.class), 400, "health", "purple");
        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/connectors?limit=0", JsonNode.class), 400, "limit", "0");
    }

    @Test
    void aConnectorWhoseLastRunFailedIsRedWithItsError() {
        lgspRefusesTheHub();
        runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);

        JsonNode c01 = get("/api/connectors/lgsp-c01");
        assertThat(c01.at("/health/colour").asText()).isEqualTo("red");
        assertThat(c01.at("/health/cause").asText()).isEqualTo("failed");
        assertThat(c01.at("/health/reasonVi").asText()).startsWith("Lần chạy gần nhất thất bại (permanent): ").contains("401");
        assertThat(c01.at("/lastRun/status").asText()).isEqualTo("failed");
        assertThat(c01.at("/lastRun/errorKind").asText()).isEqualTo("permanent");
        assertThat(c01.has("lastSuccess")).isFalse();

        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/connectors/khong-co", JsonNode.class), 404, "id", "khong-co");
    }

    @Test
    void pausesAndResumesOnceEachAuditedWithTheStatesBeforeAndAfter() {
        ResponseEntity<JsonNode> paused = post(HubUsers.OPERATOR, "/api/connectors/lgsp-c01/pause", "{\"reason\":\"cổng LGSP bảo trì\"}");
        assertThat(paused.getStatusCode().value()).as(String.valueOf(paused.getBody())).isEqualTo(200);
        assertThat(paused.getBody().get("state").asText()).isEqualTo("paused");
        assertThat(paused.getBody().get("pausedBy").asText()).isEqualTo("operator");
        assertThat(paused.getBody().get("pauseReason").asText()).isEqualTo("cổng LGSP bảo trì");
        assertThat(paused.getBody().at("/health/reasonVi").asText()).startsWith("Tạm dừng bởi operator lúc ").endsWith(": cổng LGSP bảo trì");

        assertRefused(post(HubUsers.OPERATOR, "/api/connectors/lgsp-c01/pause", null), 409, "id", "lgsp-c01");
        assertThat(post(HubUsers.VIEWER, "/api/connectors/lgsp-c01/resume", null).getStatusCode().value()).isEqualTo(403);
        assertThat(post(HubUsers.OPERATOR, "/api/connectors/lgsp-c01/resume", null).getBody().get("state").asText()).isEqualTo("active");
        assertRefused(post(HubUsers.OPERATOR, "/api/connectors/lgsp-c01/resume", null), 409, "id", "lgsp-c01");
        assertRefused(post(HubUsers.OPERATOR, "/api/connectors/khong-co/pause", null), 404, "id", "khong-co");
        assertThat(post(HubUsers.OPERATOR, "/api/connectors/lgsp-c08/pause", null).getBody().get("state").asText())
                .as("the reason is optional").isEqualTo("paused");

        List<String> audit = audit();
        assertThat(audit).hasSize(6);
        assertThat(audit.get(0)).matches("connector\\.pause allowed operator \\[active] -> \\[paused by operator at [0-9T:-]+Z: cổng LGSP bảo trì]");
        String pausedState = audit.get(0).substring(audit.get(0).indexOf("-> ") + 3);
        assertThat(audit.get(1)).isEqualTo("connector.pause denied operator " + pausedState + " -> " + pausedState);
        assertThat(audit.get(2)).isEqualTo("http.denied denied viewer [] -> []");
        assertThat(audit.get(3)).isEqualTo("connector.resume allowed operator " + pausedState + " -> [active]");
        assertThat(audit.get(4)).isEqualTo("connector.resume denied operator [active] -> [active]");
        assertThat(audit.get(5)).matches("connector\\.pause allowed operator \\[active] -> \\[paused by operator at [0-9T:-]+Z]");
    }

    @Test
    void aPausedConnectorSkipsItsScheduleButRunsOnDemand(CapturedOutput output) {
        post(HubUsers.OPERATOR, "/api/connectors/lgsp-c08/pause", null);

        dispatcher.dispatchScheduled("lgsp-c08");
        assertThat(output.getOut()).contains("lgsp-c08: đang tạm dừng (bởi operator), bỏ qua lịch này / paused (by operator), schedule skipped");

        ResponseEntity<JsonNode> run = post(HubUsers.OPERATOR, "/api/connectors/lgsp-c08/runs", null);
        assertThat(run.getStatusCode().value()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.sql("select trigger_kind || ' ' || status from connector_run where connector_id = 'lgsp-c08'").query(String.class).list())
                        .containsExactly("manual succeeded"));
        assertThat(audit()).last().asString().startsWith("connector.run allowed operator [never ran] -> [run queued]");
        assertRefused(post(HubUsers.OPERATOR, "/api/connectors/file-c01/runs", null), 400, "id", "file-c01");
    }

    @Test
    void anUploadIsAuditedWithItsRunAndOutcome() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<JsonNode> answer = HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/file-c01/files?name=khong-phai-bang-tinh.xlsx",
                new HttpEntity<>("không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        long runId = answer.getBody().get("runId").asLong();
        assertThat(audit()).containsExactly("connector.upload failed operator [] -> [run " + runId + ": failed, stored 0, unchanged 0, quarantined 0]");
    }

    @Test
    void findsRunsByConnectorStatusAndTimeNewestFirst() {
        runner.run("lgsp-c08", ConnectorRunner.Trigger.MANUAL);
        lgspRefusesTheHub();
        runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(2).toString();

        JsonNode all = get("/api/runs");
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.at("/items/0/connectorId").asText()).isEqualTo("lgsp-c01");
        assertThat(get("/api/runs?connector=lgsp-c08").at("/items/0/status").asText()).isEqualTo("succeeded");
        assertThat(get("/api/runs?status=failed").at("/items/0/connectorId").asText()).isEqualTo("lgsp-c01");
        assertThat(get("/api/runs?from=" + today + "&to=" + today).get("total").asInt()).isEqualTo(2);
        assertThat(get("/api/runs?from=" + tomorrow).get("total").asInt()).isZero();
        assertThat(get("/api/runs?to=2020-01-01T00:00:00Z").get("total").asInt()).isZero();
        assertThat(get("/api/runs?limit=1&offset=1").at("/items/0/connectorId").asText()).isEqualTo("lgsp-c08");

        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/runs?status=ok", JsonNode.class), 400, "status", "ok");
        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/runs?from=hôm-qua", JsonNode.class), 400, "from", "hôm-qua");
        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/runs?to=2026-13-01", JsonNode.class), 400, "to", "2026-13-01");
        assertRefused(HubUsers.VIEWER.on(http).getForEntity("/api/runs?offset=-1", JsonNode.class), 400, "offset", "-1");
    }

    @Test
    void theOpenApiDocumentDescribesEveryConnectorEndpoint() {
        JsonNode paths = get("/api/openapi").get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/connectors", "/connectors/{id}", "/connectors/{id}/pause", "/connectors/{id}/resume",
                "/connectors/{id}/runs", "/connectors/{id}/files", "/runs", "/connectors/kinds");
        assertThat(paths.at("/~1connectors~1{id}~1pause/post/responses").fieldNames()).toIterable().contains("200", "404", "409");
        assertThat(paths.at("/~1connectors~1{id}~1pause/post/summary").asText()).contains("Tạm dừng").contains("pause");
        assertThat(StreamSupport.stream(paths.at("/~1runs/get/parameters").spliterator(), false).map(p -> p.get("name").asText()))
                .containsExactlyInAnyOrder("connector", "status", "from", "to", "offset", "limit");
        assertThat(paths.at("/~1connectors/get/operationId").asText()).isEqualTo("api-connectors");
    }

    @Test
    void aViewerMayNotChangeAnything() {
        for (String path : List.of("/api/connectors/lgsp-c01/pause", "/api/connectors/lgsp-c01/resume", "/api/connectors/lgsp-c01/runs")) {
            assertThat(post(HubUsers.VIEWER, path, null).getStatusCode().value()).as(path).isEqualTo(403);
        }
        assertThat(count(jdbc, "select count(*) from connector_pause")).isZero();
        assertThat(count(jdbc, "select count(*) from connector_run")).isZero();
    }
}
