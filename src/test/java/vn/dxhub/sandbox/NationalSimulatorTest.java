package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The national system simulator over HTTP, as the hub and the fault suite see it: tokens, batches checked whole,
 * answers per record that are idempotent on the key, rejections with reasons, faults before and after the batch is
 * taken, and the report of what it received.
 */
class NationalSimulatorTest extends SimulatorWebTest {

    private static final String SECRET = "sandbox-national-secret";

    @BeforeEach
    void freshNationalSystem() {
        http.delete("/sandbox/national/received");
    }

    private ResponseEntity<String> tokenRequest(String clientId, String secret, String grant) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grant);
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        return http.postForEntity("/sandbox/national/oauth/token", new HttpEntity<>(form, headers), String.class);
    }

    private String token() throws Exception {
        ResponseEntity<String> answer = tokenRequest("dxhub", SECRET, "client_credentials");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer).get("access_token").asText();
    }

    private static Map<String, Object> observation(String indicator, String unit, String period, Object value, String system) {
        Map<String, Object> o = new HashMap<>(Map.of("indicator", indicator, "reportingUnit", unit, "period", period, "value", value,
                "unitOfMeasure", "percent", "status", "official", "revision", 1));
        o.put("source", Map.of("system", system, "connector", system + "-01"));
        return o;
    }

    private static Map<String, Object> record(String key, Map<String, Object> observation) {
        return Map.of("idempotencyKey", key, "observation", observation);
    }

    private static Map<String, Object> record(String key, Object value) {
        return record(key, observation("1.4", "01", "2026Q3", value, "dvc"));
    }

    private static Map<String, Object> batch(String batchId, List<Map<String, Object>> records) {
        return Map.of("schema", "dxhub-observation-v1", "batchId", batchId, "sender", "dxhub-test", "records", records);
    }

    private ResponseEntity<String> push(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/sandbox/national/api/v1/batches", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode answers(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response).get("records");
    }

    private static JsonNode answerOf(JsonNode answers, String key) {
        return StreamSupport.stream(answers.spliterator(), false).filter(a -> a.path("idempotencyKey").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer for " + key + " in " + answers));
    }

    private JsonNode report() throws Exception {
        return read(http.getForEntity("/sandbox/national/received", String.class));
    }

    @Test
    void aTokenNeedsTheClientIdTheSecretAndTheClientCredentialsGrant() throws Exception {
        assertThat(tokenRequest("dxhub", "not-the-secret", "client_credentials").getStatusCode().value()).isEqualTo(401);
        assertThat(tokenRequest("someone-else", SECRET, "client_credentials").getStatusCode().value()).isEqualTo(401);
        assertThat(tokenRequest("dxhub", SECRET, "password").getStatusCode().value()).isEqualTo(400);

        JsonNode issued = read(tokenRequest("dxhub", SECRET, "client_credentials"));
        assertThat(issued.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(issued.get("expires_in").asLong()).isEqualTo(300);
    }

    @Test
    void aBatchWithoutAValidNationalTokenIsRefusedWith401AndNothingIsTaken() throws Exception {
        Map<String, Object> body = batch("b-1", List.of(record("k-1", 80)));
        String lgspToken = token("01");

        assertThat(push(null, body).getStatusCode().value()).isEqualTo(401);
        assertThat(push("made-up", body).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> otherRealm = push(lgspToken, body);
        assertThat(otherRealm.getStatusCode().value()).as("an LGSP gateway's token").isEqualTo(401);
        assertThat(otherRealm.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        assertThat(report().get("batches").asLong()).isZero();
    }

    @Test
    void aBatchWithAMistakeIsRefusedWholeNamingTheField() throws Exception {
        String token = token();
        Map<String, Object> noPeriod = observation("1.4", "01", "2026Q3", 80, "dvc");
        noPeriod.remove("period");
        Map<String, Object> textValue = observation("1.4", "01", "2026Q3", "80,5", "dvc");
        Map<String, Object> badStatus = observation("1.4", "01", "2026Q3", 80, "dvc");
        badStatus.put("status", "draft");
        Map<String, Object> wrongSchema = new HashMap<>(batch("b-1", List.of(record("k-1", 80))));
        wrongSchema.put("schema", "dxhub-observation-v2");

        Map<Object, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(batch("b-1", List.of(record("k-1", 80), record("k-2", noPeriod))), "records[1].observation.period");
        refusals.put(batch("b-2", List.of(record("k-1", textValue))), "records[0].observation.value");
        refusals.put(batch("b-3", List.of(record("k-1", badStatus))), "records[0].observation.status");
        refusals.put(batch("b-4", List.of(record("k-1", 80), record("k-1", 81))), "records[1].idempotencyKey");
        refusals.put(batch("b-5", List.of()), "records");
        refusals.put(wrongSchema, "schema");
        refusals.put("[1, 2]", "$");
        for (Map.Entry<Object, String> refusal : refusals.entrySet()) {
            ResponseEntity<String> answer = push(token, refusal.getKey());
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            JsonNode error = read(answer);
            assertThat(error.get("field").asText()).isEqualTo(refusal.getValue());
            assertThat(error.get("message").asText()).as("names the field, Vietnamese first").contains(" / ");
        }
        assertThat(read(push(token, batch("b-6", List.of(record("k-1", noPeriod))))).get("message").asText())
                .contains("records[0].observation.period", "Thiếu", "is missing");

        JsonNode report = report();
        assertThat(report.get("batches").asLong()).as("a refused batch is not taken, not even its good records").isZero();
        assertThat(report.get("keys")).isEmpty();
    }

    @Test
    void aBatchOverTheLargestSizeIsRefusedWith413() throws Exception {
        List<Map<String, Object>> records = IntStream.range(0, 1001).mapToObj(i -> record("k-" + i, 80)).toList();

        ResponseEntity<String> answer = push(token(), batch("b-big", records));

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(read(answer).get("message").asText()).contains("1001", "1000");
        assertThat(report().get("recordsReceived").asLong()).isZero();
    }

    @Test
    void aValueIsAcceptedThenUnchangedThenUpdatedPerIndicatorUnitPeriodAndSourceSystem() throws Exception {
        String token = token();
        JsonNode first = answers(push(token, batch("b-1", List.of(record("r1", 80), record("other-system",
                observation("1.4", "01", "2026Q3", 80, "lgsp"))))));
        JsonNode same = answers(push(token, batch("b-2", List.of(record("r2", 80.0)))));
        JsonNode changed = answers(push(token, batch("b-3", List.of(record("r3", 85.5)))));

        assertThat(answerOf(first, "r1").get("status").asText()).isEqualTo("accepted");
        assertThat(answerOf(first, "other-system").get("status").asText()).as("another source system holds its own value").isEqualTo("accepted");
        assertThat(answerOf(same, "r2").get("status").asText()).as("80.0 is the value it holds").isEqualTo("unchanged");
        assertThat(answerOf(changed, "r3").get("status").asText()).isEqualTo("updated");
        String reference = answerOf(first, "r1").get("reference").asText();
        assertThat(reference).startsWith("DTI-");
        assertThat(answerOf(changed, "r3").get("reference").asText()).as("the same value slot").isEqualTo(reference);
        assertThat(answerOf(first, "other-system").get("reference").asText()).isNotEqualTo(reference);
        assertThat(answerOf(first, "r1").has("duplicate")).isFalse();
        assertThat(read(push(token, batch("b-4", List.of(record("r4", 70))))).get("importSummary").toString())
                .isEqualTo("{\"accepted\":0,\"updated\":1,\"unchanged\":0,\"rejected\":0}");
    }

    @Test
    void aKeySeenBeforeIsAnsweredFromMemoryAsADuplicateAndNotStoredAgain() throws Exception {
        String token = token();
        List<Map<String, Object>> records = List.of(record("r1", 80), record("r2", observation("1.4", "79", "2026Q3", 60, "dvc")));
        JsonNode first = answers(push(token, batch("b-1", records)));
        JsonNode again = answers(push(token, batch("b-1-resent", records)));

        for (String key : List.of("r1", "r2")) {
            assertThat(answerOf(again, key).get("duplicate").asBoolean()).isTrue();
            assertThat(answerOf(again, key).get("status").asText()).as("the first answer, not 'unchanged'").isEqualTo("accepted");
            assertThat(answerOf(again, key).get("reference")).isEqualTo(answerOf(first, key).get("reference"));
        }
        JsonNode report = report();
        assertThat(report.get("batches").asLong()).isEqualTo(2);
        assertThat(report.get("recordsReceived").asLong()).isEqualTo(4);
        assertThat(report.get("duplicatesSuppressed").asLong()).isEqualTo(2);
        assertThat(report.get("outcomes").get("accepted").asLong()).as("each key counted once").isEqualTo(2);
        assertThat(report.get("keys")).hasSize(2).allSatisfy(k -> assertThat(k.get("timesReceived").asInt()).isEqualTo(2));
    }

    @Test
    void recordsOutsideTheCatalogAreRejectedWithAReasonTheOthersTaken() throws Exception {
        JsonNode answers = answers(push(token(), batch("b-1", List.of(record("good", 80),
                record("no-such-indicator", observation("9.9", "01", "2026Q3", 80, "dvc")),
                record("no-such-unit", observation("1.4", "99", "2026Q3", 80, "dvc"))))));

        assertThat(answerOf(answers, "good").get("status").asText()).isEqualTo("accepted");
        JsonNode indicator = answerOf(answers, "no-such-indicator");
        assertThat(indicator.get("status").asText()).isEqualTo("rejected");
        assertThat(indicator.get("reason").asText()).contains("'9.9'", "không có trong danh mục", "not in the catalog");
        assertThat(indicator.has("reference")).isFalse();
        assertThat(answerOf(answers, "no-such-unit").get("reason").asText()).contains("'99'", "reporting unit");
    }

    @Test
    void theBadRecordRateRejectsTheSameKeysEveryTimeWithRealisticReasons() throws Exception {
        plan("national", Map.of("badRecordRate", 0.5));
        String token = token();
        List<Map<String, Object>> records = IntStream.range(0, 40)
                .mapToObj(i -> record("k-" + i, observation("1.4", "01", "2026Q" + (i % 4 + 1), 50 + i, "src-" + i))).toList();
        List<String> rejected = rejectedKeys(answers(push(token, batch("b-1", records))));
        http.delete("/sandbox/national/received");
        List<String> rejectedAgain = rejectedKeys(answers(push(token, batch("b-2", records))));

        assertThat(rejected).hasSizeBetween(8, 32).isEqualTo(rejectedAgain);
        JsonNode report = report();
        assertThat(report.get("outcomes").get("rejected").asInt()).isEqualTo(rejected.size());
        assertThat(report.get("keys")).filteredOn(k -> k.get("outcome").asText().equals("rejected"))
                .allSatisfy(k -> assertThat(k.get("reason").asText()).containsAnyOf("đã khóa sổ", "không được giao", "giải trình").contains(" / "));
    }

    private static List<String> rejectedKeys(JsonNode answers) {
        return StreamSupport.stream(answers.spliterator(), false).filter(a -> a.get("status").asText().equals("rejected"))
                .map(a -> a.get("idempotencyKey").asText()).sorted().toList();
    }

    @Test
    void tooManyRequestsSaysWhenToComeBackAndTakesNothing() throws Exception {
        String token = token();
        plan("national", Map.of("next", List.of(Map.of("fault", "HTTP_429", "retryAfterSeconds", 7, "path", "/batches"))));

        ResponseEntity<String> limited = push(token, batch("b-1", List.of(record("r1", 80))));

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst("Retry-After")).isEqualTo("7");
        assertThat(report().get("batches").asLong()).isZero();
        assertThat(answerOf(answers(push(token, batch("b-1", List.of(record("r1", 80))))), "r1").has("duplicate")).isFalse();
    }

    @Test
    void aLostAnswerLeavesTheBatchTakenAndTheResentBatchIsAnsweredAsDuplicates() throws Exception {
        String token = token();
        plan("national", Map.of("next", List.of(Map.of("fault", "ANSWER_LOST", "path", "/batches"))));
        List<Map<String, Object>> records = List.of(record("r1", 80), record("r2", observation("1.4", "79", "2026Q3", 60, "dvc")));

        ResponseEntity<String> lost = push(token, batch("b-1", records));
        assertThat(lost.getStatusCode().value()).isEqualTo(502);
        assertThat(lost.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(lost.getBody()).contains("Bad Gateway");
        assertThat(report().get("keys")).as("taken although the hub heard nothing").hasSize(2);

        JsonNode resent = answers(push(token, batch("b-1", records)));
        assertThat(resent).allSatisfy(a -> {
            assertThat(a.get("duplicate").asBoolean()).isTrue();
            assertThat(a.get("status").asText()).isEqualTo("accepted");
        });
        JsonNode report = report();
        assertThat(report.get("duplicatesSuppressed").asLong()).isEqualTo(2);
        assertThat(report.get("outcomes").get("accepted").asLong()).isEqualTo(2);
    }

    @Test
    void theReportHasTheShapeTheFaultSuiteReadsAndFaultsNeverHitIt() throws Exception {
        String token = token();
        push(token, batch("b-1", List.of(record("r1", 80), record("bad", observation("9.9", "01", "2026Q3", 1, "dvc")))));
        push(token, batch("b-2", List.of(record("r1", 80))));
        plan("national", Map.of("latencyMs", 1, "next", List.of(Map.of("fault", "HTTP_500"))));

        ResponseEntity<String> response = http.getForEntity("/sandbox/national/received", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode report = read(response);
        assertThat(report.fieldNames()).toIterable().containsExactly("batches", "recordsReceived", "duplicatesSuppressed", "outcomes", "keys");
        assertThat(report.get("outcomes").toString()).isEqualTo("{\"accepted\":1,\"updated\":0,\"unchanged\":0,\"rejected\":1}");
        assertThat(report.get("keys").get(0).toString())
                .isEqualTo("{\"idempotencyKey\":\"r1\",\"outcome\":\"accepted\",\"timesReceived\":2,\"reason\":null}");
        assertThat(report.get("keys").get(1).get("reason").asText()).contains("9.9");
        assertThat(push(token, batch("b-3", List.of(record("r9", 1)))).getStatusCode().value()).as("the fault waited for a batch").isEqualTo(500);

        http.delete("/sandbox/national/received");
        assertThat(report().toString()).isEqualTo("{\"batches\":0,\"recordsReceived\":0,\"duplicatesSuppressed\":0,"
                + "\"outcomes\":{\"accepted\":0,\"updated\":0,\"unchanged\":0,\"rejected\":0},\"keys\":[]}");
    }

    @Test
    void twoHubsPushingTheSameKeysAtOnceStoreEachKeyOnce() throws Exception {
        String token = token();
        int pushers = 6;
        List<Map<String, Object>> records = IntStream.range(0, 25)
                .mapToObj(i -> record("k-" + i, observation("1.4", "01", "2026Q3", 40 + i, "src-" + i))).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(pushers);
        List<Future<ResponseEntity<String>>> pushes = new ArrayList<>();
        try {
            for (int p = 0; p < pushers; p++) {
                String batchId = "b-" + p;
                pushes.add(pool.submit(() -> {
                    start.await();
                    return push(token, batch(batchId, records));
                }));
            }
            start.countDown();
            long firstAnswers = 0;
            for (Future<ResponseEntity<String>> push : pushes) {
                JsonNode answers = answers(push.get(30, TimeUnit.SECONDS));
                assertThat(answers).hasSize(25).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("accepted"));
                firstAnswers += StreamSupport.stream(answers.spliterator(), false).filter(a -> !a.path("duplicate").asBoolean()).count();
            }
            assertThat(firstAnswers).as("each key answered once as new").isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
        JsonNode report = report();
        assertThat(report.get("batches").asLong()).isEqualTo(pushers);
        assertThat(report.get("recordsReceived").asLong()).isEqualTo(25L * pushers);
        assertThat(report.get("duplicatesSuppressed").asLong()).isEqualTo(25L * (pushers - 1));
        assertThat(report.get("outcomes").get("accepted").asLong()).isEqualTo(25);
        assertThat(report.get("keys")).hasSize(25).allSatisfy(k -> assertThat(k.get("timesReceived").asInt()).isEqualTo(pushers));
    }
}
