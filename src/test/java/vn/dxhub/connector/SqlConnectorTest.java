package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;

/** sql against the one-stop-shop table the quick start keeps in the hub's own database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SqlConnectorTest extends SimulatorConnectorTest {

    private static String connector(String id, String query, String... extraParameters) {
        StringBuilder yaml = new StringBuilder("""
                - templatedRoute:
                    routeTemplateRef: sql
                    routeId: %s
                    parameters:
                      - { name: connectorId, value: %s }
                      - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                      - { name: query, value: "%s" }
                      - { name: batchSize, value: "10" }
                      - { name: mapping, value: sql/mot-cua.yaml }
                """.formatted(id, id, query));
        for (String parameter : extraParameters) {
            yaml.append("      - ").append(parameter).append('\n');
        }
        return yaml.toString();
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of("sql/test.yaml",
                connector("sql-t", "select ma_tinh, ky_bao_cao, so_dung_han, so_da_giai_quyet, round(100.0 * so_dung_han"
                        + " / nullif(so_da_giai_quyet, 0), 2) as ty_le_dung_han, trang_thai from sandbox_mot_cua"
                        + " where nam = :year and quy = :quarter order by ma_tinh")
                        + connector("sql-broken", "select * from bang_khong_co where nam = :year")
                        + connector("sql-down", "select 1 as x", "{ name: dataSource, value: down }", "{ name: maxAttempts, value: \"3\" }",
                                "{ name: initialBackoff, value: 100ms }")));
        registry.add("hub.routes-dir", routes::toString);
        // a source database nobody listens for: every connection attempt is refused
        registry.add("hub.sql-sources.down.url", () -> "jdbc:postgresql://127.0.0.1:9/mot_cua");
        registry.add("hub.sql-sources.down.username", () -> "dxhub");
        registry.add("hub.sql-sources.down.connection-timeout", () -> "500ms");
    }

    @Test
    void rowsBecomeObservationsInBatchesAndBadRowsAreQuarantined() {
        ConnectorRunner.Result result = runner.run("sql-t", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.periods()).hasSize(2);
        assertThat(result.counts().read()).isEqualTo(72);
        assertThat(result.counts().pages()).as("batches of 10 rows per quarter").isEqualTo(8);
        assertThat(count(jdbc, "select count(distinct unit_id) from observation where source_system = 'sql' and indicator_code = '6.2'"))
                .isEqualTo(34);
        assertThat(count(jdbc, "select count(*) from quarantine where connector_id = 'sql-t'")).isEqualTo(4);
        assertThat(count(jdbc, "select count(*) from raw_payload where connector_id = 'sql-t'")).isEqualTo(8);
    }

    @Test
    void aSourceDatabaseThatIsDownIsRetriedThenTheRunFailsAsTransient() {
        ConnectorRunner.Result result = runner.run("sql-down", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("tạm thời không dùng được").contains("3/3");
        assertThat(jdbc.sql("select error_kind from connector_run where id = ?").param(result.runId()).query(String.class).single())
                .isEqualTo("transient");
    }

    @Test
    void aQueryTheDatabaseRefusesFailsTheRunWithTheDatabasesReason() {
        ConnectorRunner.Result result = runner.run("sql-broken", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("câu truy vấn lỗi").containsIgnoringCase("bang_khong_co");
    }
}
