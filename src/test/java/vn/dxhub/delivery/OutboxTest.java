package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.delivery.DeliveryTestData.deliveryId;
import static vn.dxhub.delivery.DeliveryTestData.state;
import static vn.dxhub.delivery.DeliveryTestData.storeValues;
import static vn.dxhub.support.HubTestData.count;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.observation.Observation;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.store.PayloadArchive;
import vn.dxhub.support.HubTestData;

/**
 * The outbox as workers use it: claims are disjoint across owners, a batch waits for its linger, a lapsed lease is
 * claimed again and the late answer of the worker that lost it changes nothing, and what is put back keeps its attempts
 * right. Runs against PostgreSQL too when HUB_TEST_DB_URL is set.
 */
@SpringBootTest
class OutboxTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ObservationStore store;

    @Autowired
    EvidenceLog evidence;

    @Autowired
    PayloadArchive archive;

    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        HubTestData.clean(jdbc);
        HubTestData.emptyEvidence(jdbc);
    }

    private Outbox outbox(String owner, Duration lease) {
        DeliveryProperties settings = new DeliveryProperties();
        settings.setLease(lease);
        settings.setMaxAttempts(3);
        settings.setInitialBackoff(Duration.ofMinutes(1));
        return new Outbox(jdbc, tx, evidence, clock, settings, owner);
    }

    private Outbox outbox(String owner) {
        return outbox(owner, Duration.ofMinutes(5));
    }

    private static List<Long> ids(Claim claim) {
        return claim.batch().records().stream().map(OutgoingRecord::deliveryId).toList();
    }

    private static PushResult accepted(Claim claim) {
        return new PushResult("b".repeat(64), 200, "all accepted", claim.batch().records().stream()
                .map(r -> new RecordAnswer(r.idempotencyKey(), RecordOutcome.ACCEPTED, null, "DTI-" + r.deliveryId(), false)).toList());
    }

    @Test
    void twoOwnersClaimingAtOnceGetDisjointRowsAndTogetherAllOfThem() throws Exception {
        storeValues(store, tx, jdbc, 40);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Long>>> owners = new ArrayList<>();
        for (String owner : List.of("instance-a", "instance-b")) {
            Outbox outbox = outbox(owner);
            owners.add(CompletableFuture.supplyAsync(() -> {
                List<Long> taken = new ArrayList<>();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (var claim = outbox.claim(3); claim.isPresent(); claim = outbox.claim(3)) {
                    assertThat(claim.get().size()).isLessThanOrEqualTo(3);
                    taken.addAll(ids(claim.get()));
                }
                return taken;
            }));
        }
        start.countDown();
        List<Long> a = owners.get(0).get();
        List<Long> b = owners.get(1).get();

        assertThat(Collections.disjoint(a, b)).as("no row claimed by both").isTrue();
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        assertThat(all).hasSize(40).hasSize(a.size() + b.size());
        assertThat(count(jdbc, "select count(*) from delivery where state = 'in_flight' and attempts = 1")).isEqualTo(40);
    }

    @Test
    void aBatchWaitsForItsLingerUnlessItIsFull() {
        storeValues(store, tx, jdbc, 3);
        Outbox outbox = outbox("a");

        assertThat(outbox.claim(5, Duration.ofHours(1))).as("3 of 5 ready, the oldest has not waited an hour").isEmpty();
        assertThat(outbox.claim(5, Duration.ZERO)).as("the oldest has waited long enough").get().extracting(Claim::size).isEqualTo(3);
        storeValues(store, tx, jdbc, 3);
        assertThat(outbox.claim(3, Duration.ofHours(1))).as("a full batch goes at once").get().extracting(Claim::size).isEqualTo(3);
    }

    @Test
    void aClaimCountsTheAttemptAndCarriesTheRevisionWithItsProvenance() {
        PayloadArchive.Archived payload = archive.archive(new PayloadArchive.Origin("lgsp", "lgsp-01", null, "application/json", "page 1"),
                "{\"duLieu\": []}".getBytes(StandardCharsets.UTF_8));
        Observation first = DeliveryTestData.value("01", "87.5");
        store.store(first, new ObservationStore.Provenance("lgsp-01", null, payload.id()));
        store.store(DeliveryTestData.value("01", "100"), new ObservationStore.Provenance("lgsp-01", null, payload.id()));

        Outbox outbox = outbox("a");
        Claim claim = outbox.claim(10).orElseThrow();

        assertThat(claim.attempt()).isEqualTo(1);
        assertThat(claim.batch().records()).as("the second revision waits until the first is answered")
                .extracting(r -> r.observation().value(), r -> r.observation().revision())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("87.5"), 1));
        assertThat(outbox.claim(10)).isEmpty();
        outbox.answered(claim, Instant.now(), accepted(claim));

        Claim next = outbox.claim(10).orElseThrow();
        OutgoingRecord second = next.batch().records().get(0);
        assertThat(second.observation().value()).isEqualTo(new BigDecimal("100"));
        assertThat(second.idempotencyKey()).endsWith("-r2");
        assertThat(second.observation().source().system()).isEqualTo("lgsp");
        assertThat(second.observation().source().connector()).isEqualTo("lgsp-01");
        assertThat(second.observation().source().payloadSha256()).isEqualTo(payload.sha256());
        assertThat(second.observation().source().fetchedAt()).isNotNull();
        assertThat(count(jdbc, "select count(*) from delivery where state = 'in_flight' and attempts = 1 and lease_owner = 'a'")).isEqualTo(1);
    }

    @Test
    void aLaterRevisionWaitsWhileAnEarlierOneIsRetriedAndGoesOnceItIsDead() throws InterruptedException {
        Observation first = DeliveryTestData.value("01", "87.5");
        store.store(first, new ObservationStore.Provenance("lgsp-01", null, null));
        store.store(DeliveryTestData.value("01", "90"), new ObservationStore.Provenance("lgsp-01", null, null));
        DeliveryProperties settings = new DeliveryProperties();
        settings.setMaxAttempts(2);
        settings.setInitialBackoff(Duration.ofMillis(1));
        settings.setMaxBackoff(Duration.ofMillis(1));
        Outbox outbox = new Outbox(jdbc, tx, evidence, clock, settings, "a");

        Claim firstTry = outbox.claim(10).orElseThrow();
        outbox.failed(firstTry, Instant.now(), PushFailure.transientFailure("HTTP 503", 503, null, null, null));
        Thread.sleep(20);
        Claim secondTry = outbox.claim(10).orElseThrow();
        assertThat(secondTry.batch().records()).extracting(r -> r.observation().revision()).containsExactly(1);
        outbox.failed(secondTry, Instant.now(), PushFailure.transientFailure("HTTP 503", 503, null, null, null));
        assertThat(count(jdbc, "select count(*) from delivery where state = 'dead'")).isEqualTo(1);

        Claim after = outbox.claim(10).orElseThrow();
        assertThat(after.batch().records()).as("the first revision is dead: the second may go").extracting(r -> r.observation().revision())
                .containsExactly(2);
    }

    @Test
    void aLapsedLeaseIsClaimedAgainAndTheLateAnswerOfTheWorkerThatLostItChangesNothing() {
        String key = storeValues(store, tx, jdbc, 1).get(0);
        Outbox crashed = outbox("stale", Duration.ofMillis(-1));
        Outbox survivor = outbox("survivor");
        Claim lost = crashed.claim(5).orElseThrow();

        Claim again = survivor.claim(5).orElseThrow();
        assertThat(ids(again)).isEqualTo(ids(lost));
        assertThat(again.attempt()).as("the crashed worker may have sent it: a second attempt").isEqualTo(2);

        Settled late = crashed.answered(lost, Instant.now(), accepted(lost));
        assertThat(late.leaseLost()).isEqualTo(1);
        assertThat(state(jdbc, key)).isEqualTo("in_flight");
        assertThat(count(jdbc, "select count(*) from delivery_receipt")).isZero();
        assertThat(crashed.release(lost)).as("nor can it put the row back").isZero();

        Settled settled = survivor.answered(again, Instant.now(), accepted(again));
        assertThat(settled.accepted()).isEqualTo(1);
        assertThat(state(jdbc, key)).isEqualTo("delivered");
        assertThat(jdbc.sql("select batch_id from delivery_receipt").query(String.class).list()).containsExactly(again.batchId());
        assertThat(count(jdbc, "select count(*) from delivery_evidence")).as("both pushes happened and are evidence").isEqualTo(2);
    }

    @Test
    void aBatchPutBackUnsentDoesNotUseUpItsAttempt() {
        String key = storeValues(store, tx, jdbc, 1).get(0);
        Outbox outbox = outbox("a");
        Claim claim = outbox.claim(5).orElseThrow();

        assertThat(outbox.release(claim)).isEqualTo(1);

        assertThat(state(jdbc, key)).isEqualTo("pending");
        assertThat(count(jdbc, "select attempts from delivery where id = ?", deliveryId(jdbc, key))).isZero();
        assertThat(outbox.claim(5)).as("claimable again at once").isPresent();
    }

    @Test
    void aStoppingWorkerClaimsNothingAndPutsBackWhatItClaimedUnsent() {
        List<String> keys = storeValues(store, tx, jdbc, 2);
        FakeNationalSystem national = new FakeNationalSystem();
        DeliveryProperties settings = new DeliveryProperties();
        settings.setLinger(Duration.ZERO);
        DeliveryWorker worker = new DeliveryWorker(outbox("a"), national, clock, settings);
        Claim claimed = worker.nextBatch();

        worker.stop();
        worker.push(claimed);

        assertThat(national.calls()).isEmpty();
        assertThat(keys).allSatisfy(k -> assertThat(state(jdbc, k)).isEqualTo("pending"));
        assertThat(count(jdbc, "select sum(attempts) from delivery")).isZero();
        assertThat(worker.nextBatch()).isNull();
    }

    @Test
    void onStopAnOwnerPutsBackEverythingItHoldsAndNothingOfOthers() {
        storeValues(store, tx, jdbc, 6);
        Outbox a = outbox("a");
        Outbox b = outbox("b");
        a.claim(2);
        a.claim(2);
        Claim ofB = b.claim(2).orElseThrow();

        assertThat(a.held()).isEqualTo(4);
        assertThat(a.releaseHeld()).isEqualTo(4);

        assertThat(a.held()).isZero();
        assertThat(count(jdbc, "select count(*) from delivery where state = 'pending' and attempts = 1 and lease_owner is null")).isEqualTo(4);
        assertThat(jdbc.sql("select id from delivery where state = 'in_flight' order by id").query(Long.class).list()).isEqualTo(ids(ofB));
    }

    @Test
    void aTransientFailureWaitsAndTheLastAttemptIsDeadWhileARefusedBatchIsDeadAtOnce() {
        List<String> keys = storeValues(store, tx, jdbc, 2);
        Outbox outbox = outbox("a", Duration.ofMinutes(5));
        Claim claim = outbox.claim(1).orElseThrow();
        Instant before = Instant.now();

        Settled retry = outbox.failed(claim, before, FakeNationalSystem.tooManyRequests(Duration.ofSeconds(30)));

        assertThat(retry.toRetry()).isEqualTo(1);
        assertThat(state(jdbc, keys.get(0))).isEqualTo("pending");
        Instant next = jdbc.sql("select next_attempt_at from delivery where idempotency_key = :k").param("k", keys.get(0))
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(next).as("Retry-After honoured").isAfterOrEqualTo(before.plusSeconds(30)).isBefore(before.plusSeconds(40));
        assertThat(jdbc.sql("select last_error from delivery where idempotency_key = :k").param("k", keys.get(0)).query(String.class).single())
                .contains("429");

        Claim other = outbox.claim(1).orElseThrow();
        Settled refused = outbox.failed(other, Instant.now(), FakeNationalSystem.refused());
        assertThat(refused.dead()).isEqualTo(1);
        assertThat(state(jdbc, keys.get(1))).isEqualTo("dead");
        assertThat(jdbc.sql("select last_error from delivery where idempotency_key = :k").param("k", keys.get(1)).query(String.class).single())
                .contains("422").contains("the batch does not follow the schema");

        jdbc.sql("update delivery set next_attempt_at = next_attempt_at - interval '1' hour, attempts = 2").update();
        Claim last = outbox.claim(1).orElseThrow();
        assertThat(last.attempt()).isEqualTo(3);
        assertThat(outbox.failed(last, Instant.now(), FakeNationalSystem.unavailable()).dead()).isEqualTo(1);
        assertThat(state(jdbc, keys.get(0))).isEqualTo("dead");
        assertThat(count(jdbc, "select count(*) from delivery_evidence")).isEqualTo(3);
    }
}
