package vn.dxhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubHttp;

/** In the quick start, with nothing configured, an alert and its recovery reach the simulators' webhook inbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(QuickStartAlertsTest.Condition.class)
class QuickStartAlertsTest {

    @LocalServerPort
    int port;

    @Autowired
    AlertMonitor monitor;

    @Autowired
    Condition condition;

    @Autowired
    JdbcClient jdbc;

    @TestConfiguration
    static class Condition {

        final List<Alert> alerts = new CopyOnWriteArrayList<>();

        @Bean
        AlertCondition quickStartCondition() {
            return () -> List.copyOf(alerts);
        }
    }

    @Test
    void anAlertAndItsRecoveryArriveInTheSandboxInbox() throws Exception {
        jdbc.sql("delete from alert_state").update();
        condition.alerts.add(new Alert("connector-failing:dvc-stats", "connector-failing", "Connector dvc-stats lỗi liên tiếp",
                "Connector dvc-stats keeps failing", null, null));
        monitor.check();
        condition.alerts.clear();
        monitor.check();

        JsonNode inbox = new ObjectMapper().readTree(new HubHttp(port).get(null, "/sandbox/alerts").body());
        assertThat(inbox.findValuesAsText("type")).startsWith("recovered", "opened");
        assertThat(inbox.path(1).path("subject").asText()).startsWith("[DX Hub] Cảnh báo: Connector dvc-stats lỗi liên tiếp");
    }
}
