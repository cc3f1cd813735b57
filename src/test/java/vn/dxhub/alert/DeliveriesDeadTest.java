package vn.dxhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.OutboxRows;

/** One alert while dead deliveries exist, naming how many and the oldest one's last error; none when there are none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveriesDeadTest {

    @Autowired
    List<AlertCondition> conditions;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private List<Long> ids;

    @BeforeEach
    void threeDeliveries() {
        HubTestData.clean(jdbc);
        ids = OutboxRows.deliveries(store, tx, jdbc, List.of("01", "02", "04"));
    }

    private DeliveriesDead condition() {
        return conditions.stream().filter(DeliveriesDead.class::isInstance).map(DeliveriesDead.class::cast).findFirst().orElseThrow();
    }

    /** Delivery tests with workers on pick up pending rows other classes leave in the shared database. */
    @AfterEach
    void leaveNoPendingDeliveries() {
        HubTestData.clean(jdbc);
    }

    @Test
    void noAlertWhileNothingIsDead() {
        OutboxRows.setState(jdbc, List.of(ids.get(0)), "rejected", null);
        assertThat(condition().active()).isEmpty();
    }

    @Test
    void oneAlertCountingTheDeadWithTheOldestError() {
        OutboxRows.setState(jdbc, List.of(ids.get(0)), "dead", "HTTP 401: token hết hạn");
        jdbc.sql("update delivery set updated_at = updated_at - interval '1' day where id = ?").param(ids.get(0)).update();
        OutboxRows.setState(jdbc, List.of(ids.get(1)), "dead", "HTTP 503");

        List<Alert> alerts = condition().active();

        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.key()).isEqualTo("deliveries-dead");
        assertThat(alert.kind()).isEqualTo("deliveries-dead");
        assertThat(alert.titleVi()).isEqualTo("2 bản ghi chuyển giao đã chết, cần gửi lại");
        assertThat(alert.titleEn()).isEqualTo("2 deliveries are dead and need a replay");
        assertThat(alert.detailVi()).contains("id " + ids.get(0)).contains("HTTP 401: token hết hạn");
        assertThat(alert.detailEn()).contains("HTTP 401: token hết hạn");
    }
}
