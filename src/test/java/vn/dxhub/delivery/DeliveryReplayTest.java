package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxhub.delivery.DeliveryTestData.deliveryId;
import static vn.dxhub.delivery.DeliveryTestData.state;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;

/** Operators send dead deliveries again, by id or all at once, and rejected ones only when they name them; each action is audited. */
@SpringBootTest
class DeliveryReplayTest {

    @Autowired
    DeliveryReplay replay;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private List<String> keys;

    @BeforeEach
    void deadRejectedAndDelivered() {
        HubTestData.clean(jdbc);
        keys = DeliveryTestData.storeValues(store, tx, jdbc, 4);
        setState(keys.get(0), "dead");
        setState(keys.get(1), "dead");
        setState(keys.get(2), "rejected");
        setState(keys.get(3), "delivered");
    }

    private void setState(String key, String state) {
        jdbc.sql("update delivery set state = :s, attempts = 10, last_error = 'HTTP 503' where idempotency_key = :k")
                .param("s", state).param("k", key).update();
    }

    private long id(int i) {
        return deliveryId(jdbc, keys.get(i));
    }

    @Test
    void deadDeliveriesNamedByIdArePendingAgainWithTheirAttemptsResetAndOthersAreLeftAsTheyAre() {
        DeliveryReplay.Replayed result = replay.replayDead(List.of(id(0), id(2), id(3), -1L), "pham.d", "sau sự cố ngày 12");

        assertThat(result.replayed()).containsExactly(id(0));
        assertThat(result.skipped()).isEqualTo(Map.of(id(2), "rejected", id(3), "delivered", -1L, "not found"));
        assertThat(state(jdbc, keys.get(0))).isEqualTo("pending");
        assertThat(jdbc.sql("select attempts || ' ' || coalesce(last_error, '-') from delivery where id = :id").param("id", id(0))
                .query(String.class).single()).isEqualTo("0 -");
        assertThat(state(jdbc, keys.get(1))).isEqualTo("dead");
        assertThat(jdbc.sql("select outcome || ' ' || before_state from audit_log where actor = 'pham.d' and target like :t")
                .param("t", "delivery " + id(0) + " (%").query(String.class).single()).isEqualTo("allowed dead, 10 lần thử / attempts: HTTP 503");
    }

    @Test
    void allDeadDeliveriesAtOnce() {
        assertThat(replay.replayAllDead("pham.d", null).replayed()).containsExactly(id(0), id(1));
        assertThat(keys).extracting(k -> state(jdbc, k)).containsExactly("pending", "pending", "rejected", "delivered");
    }

    @Test
    void rejectedDeliveriesOnlyWhenNamed() {
        assertThat(replay.replayRejected(List.of(id(0), id(2)), "pham.d", "đã mở khóa kỳ").replayed()).containsExactly(id(2));
        assertThat(state(jdbc, keys.get(2))).isEqualTo("pending");
        assertThat(state(jdbc, keys.get(0))).isEqualTo("dead");
        assertThatThrownBy(() -> replay.replayAllDead(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
