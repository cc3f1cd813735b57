package vn.dxhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The simulators' fault knobs in the test JVM ({@code /sandbox/faults/{simulator}}), as the suite turns them, and the
 * national system simulator's report of what it received.
 */
final class Sandbox {

    /**
     * A simulator's fault plan as {@code PUT /sandbox/faults/{simulator}} takes it. A PUT replaces the whole plan, so
     * every plan the suite sets carries the same bad-record rate: the records a source spoils must not change midway.
     */
    record Plan(long latencyMs, double badRecordRate, List<Shot> next) {

        static Plan badRecords(double rate) {
            return new Plan(0, rate, List.of());
        }

        Plan withLatency(long ms) {
            return new Plan(ms, badRecordRate, next);
        }

        Plan withFaults(List<Shot> shots) {
            return new Plan(latencyMs, badRecordRate, shots);
        }
    }

    /** The next {@code count} requests whose path contains {@code path} get {@code fault} (HTTP_500, TIMEOUT, ...). */
    record Shot(String fault, int count, Integer retryAfterSeconds, String path) {

        static Shot of(String fault, int count, String path) {
            return new Shot(fault, count, null, path);
        }

        Shot retryAfter(int seconds) {
            return new Shot(fault, count, seconds, path);
        }
    }

    private final TestRestTemplate http;

    Sandbox(TestRestTemplate http) {
        this.http = http;
    }

    void plan(String simulator, Plan plan) {
        ResponseEntity<String> answer = http.exchange("/sandbox/faults/" + simulator, HttpMethod.PUT, new HttpEntity<>(plan), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }

    /** How many one-shot faults of the simulator's plan are still waiting for a request. */
    int faultsWaiting(String simulator) {
        int waiting = 0;
        for (JsonNode shot : http.getForObject("/sandbox/faults/" + simulator, JsonNode.class).path("next")) {
            waiting += shot.path("count").asInt();
        }
        return waiting;
    }

    /** What the national system simulator has received so far. */
    NationalReport nationalReport() {
        return http.getForObject("/sandbox/national/received", NationalReport.class);
    }

    /** Makes the national system simulator forget everything it received, as a fresh national system. */
    void forgetNationalReceived() {
        http.delete("/sandbox/national/received");
    }

    static int total(List<Shot> shots) {
        return shots.stream().mapToInt(Shot::count).sum();
    }
}
