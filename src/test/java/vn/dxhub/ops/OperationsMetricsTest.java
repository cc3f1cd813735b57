package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.OutboxRows;

/** Prometheus sees the open quarantine and the deliveries per state, as the database holds them (within the gauges' few seconds of cache). */
// metrics are not exported in tests unless asked for
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsMetricsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    TransactionTemplate tx;

    /** Delivery tests with workers on pick up pending rows other classes leave in the shared database. */
    @AfterEach
    void leaveNoPendingDeliveries() {
        HubTestData.clean(jdbc);
    }

    @Test
    void gaugesFollowTheDatabase() {
        HubTestData.clean(jdbc);
        List<Long> ids = OutboxRows.deliveries(store, tx, jdbc, List.of("01", "02", "04"));
        OutboxRows.setState(jdbc, ids.subList(0, 2), "dead", "HTTP 503");
        jdbc.sql("insert into quarantine (connector_id, fragment, reasons, state, created_at) values ('lgsp-01', '{}', '[]', 'open', current_timestamp)")
                .update();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String scrape = HubUsers.VIEWER.on(http).getForObject("/actuator/prometheus", String.class);
            assertThat(scrape).containsPattern("(?m)^dxhub_deliveries\\{[^}]*state=\"dead\"[^}]*\\} 2\\.0$")
                    .containsPattern("(?m)^dxhub_deliveries\\{[^}]*state=\"pending\"[^}]*\\} 1\\.0$")
                    .containsPattern("(?m)^dxhub_quarantine_open(\\{[^}]*\\})? 1\\.0$");
        });
    }
}
