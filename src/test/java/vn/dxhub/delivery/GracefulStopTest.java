package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dxhub.delivery.DeliveryTestData.state;
import static vn.dxhub.support.HubTestData.count;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.DxHubApplication;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;

/**
 * Stopping a hub (SIGTERM closes the Spring context) while it pushes: a batch still being sent when the shutdown timeout
 * runs out goes back to pending and its late answer changes nothing; the next hub delivers it, and a batch that finishes
 * within the timeout is settled before the hub stops.
 */
@SpringBootTest
class GracefulStopTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    private static ConfigurableApplicationContext hub(Duration shutdownTimeout, Duration nationalLatency) {
        // arguments, not default properties: those would lose to the test settings that switch delivery off
        return new SpringApplicationBuilder(DxHubApplication.class, SlowNationalConfig.class)
                .run("--server.port=0", "--hub.delivery.enabled=true", "--hub.delivery.linger=0s", "--hub.delivery.poll-interval=50ms",
                        "--hub.delivery.workers=1", "--hub.delivery.shutdown-timeout=" + shutdownTimeout.toMillis() + "ms",
                        "--test.national.latency=" + nationalLatency.toMillis() + "ms");
    }

    private long attempts(String key) {
        return count(jdbc, "select attempts from delivery where idempotency_key = ?", key);
    }

    @Test
    void aBatchStillBeingSentAtTheTimeoutIsPendingForTheNextHubAndOneThatFinishesInTimeIsSettled() {
        HubTestData.clean(jdbc);
        List<String> keys = DeliveryTestData.storeValues(store, tx, jdbc, 2);

        ConfigurableApplicationContext first = hub(Duration.ofMillis(500), Duration.ofSeconds(4));
        FakeNationalSystem slow = first.getBean(FakeNationalSystem.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> slow.calls().size() == 1);
        first.close();

        assertThat(keys).allSatisfy(k -> {
            assertThat(state(jdbc, k)).isEqualTo("pending");
            assertThat(attempts(k)).as("the attempt was made: it stays counted").isEqualTo(1);
        });
        assertThat(count(jdbc, "select count(*) from delivery where lease_owner is not null")).isZero();
        assertThat(count(jdbc, "select count(*) from delivery_receipt")).as("the late answer came after the rows were put back").isZero();
        assertThat(slow.calls()).as("nothing claimed once stopping").hasSize(1);

        ConfigurableApplicationContext second = hub(Duration.ofSeconds(20), Duration.ofMillis(1500));
        FakeNationalSystem next = second.getBean(FakeNationalSystem.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> next.calls().size() == 1);
        second.close();

        assertThat(keys).allSatisfy(k -> {
            assertThat(state(jdbc, k)).isEqualTo("delivered");
            assertThat(attempts(k)).isEqualTo(2);
        });
        assertThat(next.calls()).hasSize(1);
    }
}
