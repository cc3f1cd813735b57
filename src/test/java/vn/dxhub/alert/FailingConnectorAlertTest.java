package vn.dxhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.LgspConsoleHub;

/**
 * The whole path operations staff rely on: a connector whose source fails turns red on the overview, the monitor
 * announces it once (not again while it stays broken), and announces its recovery once the source answers again.
 * The notices go where the quick start sends them, the simulators' webhook inbox.
 */
class FailingConnectorAlertTest extends LgspConsoleHub {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ConnectorRunner runner;

    @Autowired
    AlertMonitor monitor;

    @BeforeEach
    void healthyHub() {
        cleanHub();
        jdbc.sql("delete from alert_state").update();
    }

    @Test
    void aFailingConnectorTurnsRedRaisesOneAlertAndAnnouncesItsRecovery() throws Exception {
        assertThat(runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL).succeeded()).isTrue();
        assertThat(healthOnTheOverview("lgsp-c01")).isNotEqualTo("red");
        int before = inbox().size();

        lgspRefusesTheHub();
        for (int run = 0; run < 3; run++) {
            assertThat(runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL).succeeded()).isFalse();
        }
        assertThat(healthOnTheOverview("lgsp-c01")).isEqualTo("red");

        monitor.check();
        monitor.check();
        List<JsonNode> raised = connectorNoticesSince(before);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).path("type").asText()).isEqualTo("opened");
        assertThat(raised.get(0).path("alerts").findValuesAsText("key")).containsExactly("connector-failing:lgsp-c01");
        assertThat(raised.get(0).path("subject").asText()).startsWith("[DX Hub] Cảnh báo");

        http.delete("/sandbox/faults");
        assertThat(runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL).succeeded()).isTrue();
        assertThat(healthOnTheOverview("lgsp-c01")).isNotEqualTo("red");
        monitor.check();
        monitor.check();
        List<JsonNode> all = connectorNoticesSince(before);
        assertThat(all).extracting(n -> n.path("type").asText()).containsExactly("recovered", "opened");
        assertThat(all.get(0).path("alerts").findValuesAsText("key")).containsExactly("connector-failing:lgsp-c01");
    }

    /** The colour the overview page shows for the connector (its row's data-health). */
    private String healthOnTheOverview(String connectorId) {
        String page = HubUsers.VIEWER.on(http).getForObject("/", String.class);
        int row = page.indexOf("id=\"connector-" + connectorId + "\"");
        assertThat(row).as("the overview lists " + connectorId).isPositive();
        int health = page.indexOf("data-health=\"", row) + "data-health=\"".length();
        return page.substring(health, page.indexOf('"', health));
    }

    private List<JsonNode> inbox() throws Exception {
        List<JsonNode> notices = new ArrayList<>();
        JSON.readTree(http.getForObject("/sandbox/alerts", String.class)).forEach(notices::add);
        return notices;
    }

    /** Notices about failing connectors that arrived after the first {@code before} ones, newest first. */
    private List<JsonNode> connectorNoticesSince(int before) throws Exception {
        List<JsonNode> all = inbox();
        return all.subList(0, all.size() - before).stream().filter(n -> "connector-failing".equals(n.path("kind").asText())).toList();
    }
}
