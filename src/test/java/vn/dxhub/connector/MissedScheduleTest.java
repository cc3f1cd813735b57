package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.dxhub.DxHubApplication;
import vn.dxhub.support.HubTestData;

/**
 * A schedule that came due while the hub was down runs once when the hub starts again (the README's promise), and once
 * only across the instances of a cluster. Hubs are started and stopped for real; the downtime is the stored trigger's
 * next fire time moved into the past while no hub runs, as if its hour had passed.
 */
class MissedScheduleTest {

    private static final String CONNECTOR = "missed-while-down";

    /** The hubs of this test are one Quartz cluster of their own, apart from the other test contexts. */
    private final String cluster = "dxhub-missed-" + UUID.randomUUID();
    private final Path routes = HubTestData.routes(Map.of("sql/missed.yaml", HubTestData.templatedRoute("sql", CONNECTOR, Map.of(
            "schedule", "0 0 6 * * ?", "query", "select ma_tinh from sandbox_mot_cua where 1 = 0", "mapping", "sql/mot-cua.yaml"))));

    private ConfigurableApplicationContext startHub() {
        return new SpringApplicationBuilder(DxHubApplication.class).run("--server.port=0", "--hub.routes-dir=" + routes,
                "--spring.quartz.properties.org.quartz.scheduler.instanceName=" + cluster);
    }

    private static long scheduledRuns(JdbcClient jdbc) {
        return HubTestData.count(jdbc, "select count(*) from connector_run where connector_id = ? and trigger_kind = 'schedule'", CONNECTOR);
    }

    @Test
    void aScheduleMissedWhileTheHubWasDownRunsOnceAtStartUpOnOneInstanceOfTheCluster() {
        JdbcClient database;
        try (ConfigurableApplicationContext before = startHub()) {
            Environment settings = before.getEnvironment();
            database = JdbcClient.create(new DriverManagerDataSource(settings.getProperty("hub.database.url"),
                    settings.getProperty("hub.database.username"), settings.getProperty("hub.database.password")));
            database.sql("delete from connector_run where connector_id = ?").param(CONNECTOR).update();
        }

        int missed = database.sql("update qrtz_triggers set next_fire_time = ? where sched_name = ? and trigger_group = 'connectors'"
                        + " and trigger_name = ?")
                .param(Instant.now().minus(Duration.ofHours(1)).toEpochMilli()).param(cluster).param(CONNECTOR).update();
        assertThat(missed).as("the trigger stored by the first start").isEqualTo(1);

        try (ConfigurableApplicationContext restarted = startHub(); ConfigurableApplicationContext other = startHub()) {
            await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> scheduledRuns(database), equalTo(1L));
        }
    }
}
