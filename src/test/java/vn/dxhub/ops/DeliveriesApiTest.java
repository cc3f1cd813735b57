package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.OutboxRows;

/** The deliveries API: list, summary and one delivery with its receipts; replays by id, of rejected ones, and of all dead ones as a job. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveriesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    private List<Long> ids;

    /** Five deliveries: two dead, one rejected with its receipt, one delivered with its receipt, one pending. */
    @BeforeEach
    void outbox() {
        HubTestData.clean(jdbc);
        ids = OutboxRows.deliveries(store, tx, jdbc, List.of("01", "02", "04", "06", "08"));
        OutboxRows.setState(jdbc, ids.subList(0, 2), "dead", "HTTP 503 Service Unavailable");
        OutboxRows.setState(jdbc, List.of(ids.get(2)), "rejected", null);
        OutboxRows.setState(jdbc, List.of(ids.get(3)), "delivered", null);
        receipt(ids.get(2), "rejected", "kỳ 2025Q3 đã khóa / period locked", null);
        receipt(ids.get(3), "accepted", null, "QG-2025-000123");
    }

    private void receipt(long delivery, String outcome, String reason, String ref) {
        jdbc.sql("insert into delivery_receipt (delivery_id, outcome, reason, national_ref, received_at) values (?, ?, ?, ?, ?)")
                .params(delivery, outcome, reason, ref, Timestamp.from(Instant.now())).update();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = HubUsers.VIEWER.on(http).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private ResponseEntity<String> replay(Object body) {
        return HubUsers.OPERATOR.on(http).postForEntity("/api/deliveries/replay", body, String.class);
    }

    /** Delivery tests with workers on pick up pending rows other classes leave in the shared database. */
    @AfterEach
    void leaveNoPendingDeliveries() {
        HubTestData.clean(jdbc);
    }

    @Test
    void listsDeliveriesFilteredAndPaged() throws Exception {
        JsonNode dead = get("/api/deliveries?state=dead");
        assertThat(dead.path("total").asInt()).isEqualTo(2);
        JsonNode item = dead.path("items").get(0);
        assertThat(item.path("indicator").asText()).isEqualTo("1.4");
        assertThat(item.path("period").asText()).isEqualTo("2025Q3");
        assertThat(item.path("revision").asInt()).isEqualTo(1);
        assertThat(item.path("attempts").asInt()).isEqualTo(8);
        assertThat(item.path("lastError").asText()).isEqualTo("HTTP 503 Service Unavailable");
        assertThat(get("/api/deliveries?unit=04").path("items").get(0).path("state").asText()).isEqualTo("rejected");
        assertThat(get("/api/deliveries?indicator=1.4&period=2025Q3").path("total").asInt()).isEqualTo(5);
        assertThat(get("/api/deliveries?period=2024").path("total").asInt()).isZero();
        JsonNode page = get("/api/deliveries?limit=2&offset=4");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asInt()).isEqualTo(5);

        ResponseEntity<String> bad = HubUsers.VIEWER.on(http).getForEntity("/api/deliveries?state=lost", String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(bad.getBody()).path("field").asText()).isEqualTo("state");
    }

    @Test
    void summaryCountsEveryStateAndTheOldestPendingAge() throws Exception {
        JsonNode summary = get("/api/deliveries/summary");
        assertThat(summary.path("counts").path("dead").asInt()).isEqualTo(2);
        assertThat(summary.path("counts").path("rejected").asInt()).isEqualTo(1);
        assertThat(summary.path("counts").path("delivered").asInt()).isEqualTo(1);
        assertThat(summary.path("counts").path("pending").asInt()).isEqualTo(1);
        assertThat(summary.path("counts").path("in_flight").asInt()).isZero();
        assertThat(summary.path("oldestPendingSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(summary.has("oldestPendingSeconds")).isTrue();
    }

    @Test
    void aDeliveryShowsItsRevisionAttemptsAndReceipts() throws Exception {
        JsonNode rejected = get("/api/deliveries/" + ids.get(2));
        assertThat(rejected.path("delivery").path("state").asText()).isEqualTo("rejected");
        assertThat(rejected.path("delivery").path("value").asText()).isEqualTo("80.5");
        assertThat(rejected.path("idempotencyKey").asText()).isNotEmpty();
        assertThat(rejected.path("receipts").get(0).path("reason").asText()).isEqualTo("kỳ 2025Q3 đã khóa / period locked");
        assertThat(get("/api/deliveries/" + ids.get(3)).path("receipts").get(0).path("nationalRef").asText()).isEqualTo("QG-2025-000123");
        assertThat(HubUsers.VIEWER.on(http).getForEntity("/api/deliveries/999999", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void replaysNamedDeadAndRejectedDeliveriesAndSaysWhatItSkipped() throws Exception {
        ResponseEntity<String> answer = replay(Map.of("ids", List.of(ids.get(0), ids.get(3)), "note", "sau sự cố"));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.getBody());
        assertThat(body.path("replayed")).extracting(JsonNode::asLong).containsExactly(ids.get(0));
        assertThat(body.path("skipped").path(String.valueOf(ids.get(3))).asText()).isEqualTo("delivered");
        assertThat(OutboxRows.state(jdbc, ids.get(0))).isEqualTo("pending");

        assertThat(JSON.readTree(replay(Map.of("rejectedIds", List.of(ids.get(2)))).getBody()).path("replayed").get(0).asLong()).isEqualTo(ids.get(2));
        assertThat(OutboxRows.state(jdbc, ids.get(2))).isEqualTo("pending");

        for (Object bad : List.of(Map.of(), Map.of("ids", List.of(1), "allDead", true))) {
            ResponseEntity<String> refused = replay(bad);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(JSON.readTree(refused.getBody()).path("field").asText()).isEqualTo("ids");
        }
    }

    @Test
    void allDeadDeliveriesAreReplayedAsAJobWhoseProgressReachesTheTotal() throws Exception {
        List<Long> more = OutboxRows.deliveries(store, tx, jdbc, IntStream.range(0, 230).mapToObj(i -> "T" + i).toList());
        OutboxRows.setState(jdbc, more, "dead", "HTTP 500");

        ResponseEntity<String> started = replay(Map.of("allDead", true, "note", "đã sửa chứng chỉ"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        String job = JSON.readTree(started.getBody()).path("job").path("id").asText();
        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/jobs/" + job), j -> j.path("finished").asBoolean());
        assertThat(done.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("total").asInt()).isEqualTo(232);
        assertThat(done.path("done").asInt()).isEqualTo(232);
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("startedBy").asText()).isEqualTo("operator");
        assertThat(done.path("messageVi").asText()).isEqualTo("Đã gửi lại 232, bỏ qua 0");
        assertThat(HubTestData.count(jdbc, "select count(*) from delivery where state = 'dead'")).isZero();
        assertThat(HubTestData.count(jdbc, "select count(*) from audit_log where action = 'delivery.replay-job' and target = ?", "job " + job)).isEqualTo(1);
        assertThat(get("/api/jobs").path("items").get(0).path("id").asText()).isEqualTo(job);
        assertThat(HubUsers.VIEWER.on(http).getForEntity("/api/jobs/nope", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void moreThanTwoHundredNamedDeliveriesRunAsAJobToo() throws Exception {
        List<Long> many = new ArrayList<>(OutboxRows.deliveries(store, tx, jdbc, IntStream.range(0, 205).mapToObj(i -> "U" + i).toList()));
        OutboxRows.setState(jdbc, many, "dead", "HTTP 500");
        many.add(ids.get(3));

        ResponseEntity<String> started = replay(Map.of("ids", many));
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        String job = JSON.readTree(started.getBody()).path("job").path("id").asText();
        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/jobs/" + job), j -> j.path("finished").asBoolean());
        assertThat(done.path("done").asInt()).isEqualTo(205);
        assertThat(done.path("failed").asInt()).isEqualTo(1);
        assertThat(OutboxRows.state(jdbc, ids.get(0))).isEqualTo("dead");
    }
}
