package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dxhub.delivery.DeliveryTestData.deliveryId;
import static vn.dxhub.delivery.DeliveryTestData.state;
import static vn.dxhub.support.HubTestData.count;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;

/**
 * The delivery workers against a fake national system: batches by size and by linger, a receipt per answer, rejections
 * kept and not sent again, unanswered records sent again, transient failures retried after their backoff or Retry-After,
 * dead after the last attempt and delivered by a replay, a refused batch dead at once, and the circuit breaker that stops
 * calling a failing national system and closes after a successful probe.
 */
@SpringBootTest(properties = {
        "hub.delivery.enabled=true",
        "hub.delivery.batch-size=5",
        "hub.delivery.linger=1s",
        "hub.delivery.poll-interval=50ms",
        "hub.delivery.workers=2",
        "hub.delivery.max-attempts=4",
        "hub.delivery.initial-backoff=400ms",
        "hub.delivery.max-backoff=2s",
        "hub.delivery.circuit-breaker.minimum-calls=3",
        "hub.delivery.circuit-breaker.sliding-window=4",
        "hub.delivery.circuit-breaker.failure-rate-threshold=50",
        "hub.delivery.circuit-breaker.wait-in-open-state=3s",
        "hub.delivery.circuit-breaker.half-open-calls=1"})
@Import(FakeNationalConfig.class)
@DirtiesContext
class DeliveryWorkersTest {

    private static final Duration LINGER = Duration.ofSeconds(1);

    @Autowired
    FakeNationalSystem national;

    @Autowired
    CircuitBreaker breaker;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceVerifier evidence;

    @Autowired
    DeliveryReplay replay;

    private final List<CircuitBreakerOnStateTransitionEvent> transitions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void healthyNationalSystemAndEmptyOutbox() {
        national.reset();
        // a worker may be settling the last test's final retry: clean again if a delete meets a row it just wrote
        await().atMost(Duration.ofSeconds(10)).ignoreException(org.springframework.dao.DataIntegrityViolationException.class).until(() -> {
            HubTestData.clean(jdbc);
            return true;
        });
        HubTestData.emptyEvidence(jdbc);
        breaker.reset();
        breaker.getEventPublisher().onStateTransition(transitions::add);
    }

    private List<String> store(int n) {
        return DeliveryTestData.storeValues(store, tx, jdbc, n);
    }

    private void awaitSettled(List<String> keys, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(keys).allSatisfy(k -> assertThat(state(jdbc, k)).isIn("delivered", "rejected", "dead")));
    }

    private String outcome(String key) {
        return jdbc.sql("select r.outcome from delivery_receipt r join delivery d on d.id = r.delivery_id where d.idempotency_key = :k")
                .param("k", key).query(String.class).single();
    }

    @Test
    void batchesFillToTheBatchSizeAndTheRestGoesWhenTheOldestHasWaitedTheLinger() {
        Instant stored = Instant.now();
        List<String> keys = store(12);

        awaitSettled(keys, Duration.ofSeconds(15));

        assertThat(national.calls()).extracting(c -> c.batch().records().size()).containsExactlyInAnyOrder(5, 5, 2);
        FakeNationalSystem.Call rest = national.calls().stream().filter(c -> c.batch().records().size() == 2).findFirst().orElseThrow();
        assertThat(Duration.between(stored, rest.at())).isGreaterThanOrEqualTo(LINGER);
        assertThat(keys).allSatisfy(k -> {
            assertThat(national.timesReceived(k)).isEqualTo(1);
            assertThat(state(jdbc, k)).isEqualTo("delivered");
        });
    }

    @Test
    void eachAnswerIsAReceiptAndARejectedRecordIsKeptWithItsReasonAndNotSentAgain() {
        List<String> keys = store(4);
        national.answer(keys.get(1), RecordOutcome.UPDATED);
        national.answer(keys.get(2), RecordOutcome.UNCHANGED);
        national.reject(keys.get(3), "Kỳ báo cáo 2025Q3 đã khóa sổ / period 2025Q3 is closed");

        awaitSettled(keys, Duration.ofSeconds(10));

        assertThat(keys).extracting(this::outcome).containsExactly("accepted", "updated", "unchanged", "rejected");
        assertThat(keys).extracting(k -> state(jdbc, k)).containsExactly("delivered", "delivered", "delivered", "rejected");
        assertThat(jdbc.sql("select last_error from delivery where idempotency_key = :k").param("k", keys.get(3)).query(String.class).single())
                .isEqualTo("Kỳ báo cáo 2025Q3 đã khóa sổ / period 2025Q3 is closed");
        assertThat(jdbc.sql("select national_ref from delivery_receipt r join delivery d on d.id = r.delivery_id where d.idempotency_key = :k")
                .param("k", keys.get(0)).query(String.class).single()).startsWith("DTI-");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> national.timesReceived(keys.get(3)) == 1);
        assertThat(evidence.verify().message()).isEqualTo("Chuỗi bằng chứng nguyên vẹn: 1 mục / chain intact: 1 entries");
    }

    @Test
    void aRecordMissingFromTheAnswersIsSentAgain() {
        List<String> keys = store(3);
        national.leaveOut(keys.get(1), 1);

        awaitSettled(keys, Duration.ofSeconds(15));

        assertThat(keys).extracting(national::timesReceived).containsExactly(1L, 2L, 1L);
        assertThat(keys).allSatisfy(k -> assertThat(outcome(k)).isEqualTo("accepted"));
    }

    @Test
    void aTransientFailureIsRetriedAfterItsBackoffAndEveryPushIsEvidence() {
        String key = store(1).get(0);
        national.failNext(FakeNationalSystem::unavailable, 1);

        awaitSettled(List.of(key), Duration.ofSeconds(15));

        List<FakeNationalSystem.Call> calls = national.calls();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).as("half the initial backoff at least (jitter)")
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(state(jdbc, key)).isEqualTo("delivered");
        assertThat(count(jdbc, "select attempts from delivery where id = ?", deliveryId(jdbc, key))).isEqualTo(2);
        assertThat(jdbc.sql("select response_status from delivery_evidence order by id").query(Integer.class).list()).containsExactly(503, 200);
        assertThat(evidence.verify().intact()).isTrue();
    }

    @Test
    void aTooManyRequestsAnswerIsRetriedNoSoonerThanItsRetryAfter() {
        String key = store(1).get(0);
        national.failNext(() -> FakeNationalSystem.tooManyRequests(Duration.ofSeconds(2)), 1);

        awaitSettled(List.of(key), Duration.ofSeconds(15));

        List<FakeNationalSystem.Call> calls = national.calls();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void afterTheLastAttemptADeliveryIsDeadWithTheReasonAndAReplayDeliversIt() {
        String key = store(1).get(0);
        long id = deliveryId(jdbc, key);
        national.goDown(FakeNationalSystem::unavailable);

        awaitSettled(List.of(key), Duration.ofSeconds(40));

        assertThat(state(jdbc, key)).isEqualTo("dead");
        assertThat(national.timesReceived(key)).isEqualTo(4);
        assertThat(jdbc.sql("select last_error from delivery where id = :id").param("id", id).query(String.class).single())
                .contains("HTTP 503").contains("after 4 attempts");

        national.comeBack();
        DeliveryReplay.Replayed replayed = replay.replayDead(List.of(id), "nguyen.van.a", "hệ thống quốc gia đã hoạt động lại");

        assertThat(replayed.replayed()).containsExactly(id);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(state(jdbc, key)).isEqualTo("delivered"));
        assertThat(outcome(key)).isEqualTo("accepted");
        assertThat(replay.replayDead(List.of(id), "nguyen.van.a", "again").skipped()).isEqualTo(Map.of(id, "delivered"));
        assertThat(jdbc.sql("select outcome from audit_log where actor = 'nguyen.van.a' and target like :t order by id")
                .param("t", "delivery " + id + "%").query(String.class).list()).containsExactly("allowed", "denied");
    }

    @Test
    void aBatchRefusedAsAWholeIsDeadAtOnceAndDoesNotCountAgainstTheNationalSystem() {
        List<String> keys = store(2);
        // the two workers may claim the two records at the same instant, one each: then two batches are refused
        national.failNext(FakeNationalSystem::refused, 2);

        awaitSettled(keys, Duration.ofSeconds(10));

        assertThat(keys).allSatisfy(k -> {
            assertThat(state(jdbc, k)).isEqualTo("dead");
            assertThat(national.timesReceived(k)).isEqualTo(1);
        });
        assertThat(jdbc.sql("select last_error from delivery where idempotency_key = :k").param("k", keys.get(0)).query(String.class).single())
                .contains("HTTP 422").contains("the batch does not follow the schema");
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theBreakerOpensAfterFailuresCallsNothingWhileOpenAndClosesAfterASuccessfulProbe() {
        String failing = store(1).get(0);
        national.goDown(FakeNationalSystem::unavailable);
        await().atMost(Duration.ofSeconds(20)).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
        national.comeBack();
        List<String> due = store(5);

        List<String> all = new java.util.ArrayList<>(due);
        all.add(failing);
        awaitSettled(all, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.CLOSED);

        Instant opened = transitionAt(CircuitBreaker.StateTransition.CLOSED_TO_OPEN);
        Instant probing = transitionAt(CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN);
        assertThat(Duration.between(opened, probing)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(national.calls()).as("no call while open").noneMatch(c -> c.at().isAfter(opened) && c.at().isBefore(probing));
        assertThat(transitions).extracting(CircuitBreakerOnStateTransitionEvent::getStateTransition)
                .endsWith(CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN, CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
        assertThat(all).allSatisfy(k -> assertThat(state(jdbc, k)).isEqualTo("delivered"));
        assertThat(due).as("put back while the breaker was open, without using up attempts").allSatisfy(k ->
                assertThat(count(jdbc, "select attempts from delivery where id = ?", deliveryId(jdbc, k))).isEqualTo(1));
    }

    private Instant transitionAt(CircuitBreaker.StateTransition transition) {
        return transitions.stream().filter(t -> t.getStateTransition() == transition).map(t -> t.getCreationTime().toInstant())
                .findFirst().orElseThrow();
    }
}
