package vn.dxhub.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.dxhub.alert.Alert;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.support.HubUsers;
import vn.dxhub.support.LgspConsoleHub;

/** Per-connector freshness in /actuator/health, the probes, the Prometheus metrics of runs, and the alert of a failing connector. */
class ConnectorHealthTest extends LgspConsoleHub {

    @Autowired
    ConnectorRunner runner;

    @Autowired
    ConnectorFailing failing;

    @BeforeEach
    @AfterEach
    void clean() {
        cleanHub();
    }

    /** A successful run of the daily connector that ended {@code ago}, as the ledger records it. */
    private void dailySucceeded(Duration ago) {
        Timestamp ended = Timestamp.from(Instant.now().minus(ago));
        jdbc.sql("""
                        insert into connector_run (connector_id, trigger_kind, status, started_at, ended_at, stored)
                        values ('lgsp-daily', 'schedule', 'succeeded', :at, :at, 30)""")
                .param("at", ended).update();
    }

    private JsonNode health(String path) {
        return HubUsers.VIEWER.on(http).getForObject(path, JsonNode.class);
    }

    @Test
    void aStaleConnectorIsListedInHealthWithoutFailingTheProbes() {
        dailySucceeded(Duration.ofDays(4));

        JsonNode health = health("/actuator/health");
        JsonNode connectors = health.at("/components/connectors");
        assertThat(connectors.get("status").asText()).isEqualTo("UP");
        assertThat(connectors.at("/details/stale")).hasSize(1);
        assertThat(connectors.at("/details/stale/0").asText()).isEqualTo("lgsp-daily");
        assertThat(connectors.at("/details/connectors/lgsp-daily/health").asText()).isEqualTo("red");
        assertThat(connectors.at("/details/connectors/lgsp-daily/reason").asText()).startsWith("Stale: no successful run since ");
        assertThat(connectors.at("/details/connectors/lgsp-c01/cause").asText()).isEqualTo("never-ran");
        assertThat(health.get("status").asText()).isEqualTo("UP");

        JsonNode camel = health.at("/components/camelHealth");
        assertThat(camel.get("status").asText()).isEqualTo("UP");
        assertThat(camel.at("/details/route:lgsp-c01").asText()).isEqualTo("UP");

        JsonNode readiness = health("/actuator/health/readiness");
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").fieldNames()).toIterable().containsExactlyInAnyOrder("camelHealth", "db", "readinessState");
        assertThat(health("/actuator/health/liveness").get("components").fieldNames()).toIterable().containsExactly("livenessState");

        JsonNode anonymous = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(anonymous.at("/components/connectors/status").asText()).as("a probe sees each part's status").isEqualTo("UP");
        assertThat(anonymous.at("/components/connectors/details").isMissingNode()).as("but no connector's error text").isTrue();
    }

    @Test
    void aRecentSuccessIsFresh() {
        dailySucceeded(Duration.ofHours(30));

        assertThat(health("/actuator/health").at("/components/connectors/details/connectors/lgsp-daily/health").asText()).isEqualTo("green");
    }

    @Test
    void prometheusShowsRunsRecordsAndDurationsToAViewer() {
        runner.run("lgsp-c08", ConnectorRunner.Trigger.MANUAL);

        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody()).as("without credentials: the sign-in page")
                .doesNotContain("dxhub_connector");
        ResponseEntity<String> scrape = HubUsers.VIEWER.on(http).getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        List<String> lines = scrape.getBody().lines().filter(l -> l.contains("lgsp-c08")).toList();
        assertThat(lines).anyMatch(l -> l.matches("dxhub_connector_runs_total\\{connector=\"lgsp-c08\",status=\"succeeded\",trigger=\"manual\"} [1-9].*"));
        assertThat(lines).anyMatch(l -> l.matches("dxhub_connector_records_total\\{connector=\"lgsp-c08\",outcome=\"stored\"} [1-9].*"));
        assertThat(lines).anyMatch(l -> l.startsWith("dxhub_connector_records_total{connector=\"lgsp-c08\",outcome=\"quarantined\"}"));
        assertThat(lines).anyMatch(l -> l.matches("dxhub_connector_run_seconds_count\\{connector=\"lgsp-c08\",status=\"succeeded\"} [1-9].*"));
    }

    @Test
    void threeFailedRunsInARowRaiseOneAlertWithTheLastErrorAndASuccessEndsIt() {
        lgspRefusesTheHub();
        runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);
        runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);
        assertThat(failing.active()).as("two failures are red, not yet an alert").isEmpty();

        ConnectorRunner.Result third = runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL);
        List<Alert> alerts = failing.active();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.key()).isEqualTo("connector-failing:lgsp-c01");
        assertThat(alert.kind()).isEqualTo("connector-failing");
        assertThat(alert.titleVi()).isEqualTo("Connector lgsp-c01 thất bại 3 lần liên tiếp");
        assertThat(alert.titleEn()).isEqualTo("Connector lgsp-c01 failed 3 runs in a row");
        assertThat(alert.detailVi()).startsWith("Lỗi gần nhất (permanent, lần chạy " + third.runId() + "): ").contains("401");
        assertThat(alert.detailEn()).startsWith("Last error (permanent, run " + third.runId() + "): ").contains("401");

        http.delete("/sandbox/faults");
        assertThat(runner.run("lgsp-c01", ConnectorRunner.Trigger.MANUAL).succeeded()).isTrue();
        assertThat(failing.active()).isEmpty();
    }

    @Test
    void aStaleConnectorRaisesAnAlert() {
        dailySucceeded(Duration.ofDays(5));

        assertThat(failing.active()).extracting(Alert::key, Alert::titleVi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("connector-failing:lgsp-daily", "Connector lgsp-daily quá hạn"));
    }
}
