package vn.dxhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Flyway migrations build the same schema on H2 (quick start) and PostgreSQL (CI, production). */
@SpringBootTest
class SchemaMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableOfTheDataPathExists() {
        List<String> tables = jdbc.sql("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("connector_run", "connector_watermark", "raw_payload", "observation", "observation_revision",
                "quarantine", "delivery", "delivery_receipt", "delivery_evidence", "audit_log");
    }

    @Test
    void anObservationKeepsOneRowPerKeyAndEveryRevision() {
        jdbc.sql("insert into observation (indicator_code, unit_id, period_id, source_system, connector_id, obs_value, unit_of_measure,"
                        + " status, revision, updated_at) values ('1.4', '01', '2099Q1', 'test', 'c1', 80.5, 'percent', 'provisional', 1, current_timestamp)")
                .update();
        long id = jdbc.sql("select id from observation where period_id = '2099Q1'").query(Long.class).single();
        jdbc.sql("insert into observation_revision (observation_id, revision, obs_value, unit_of_measure, status, recorded_at)"
                + " values (:id, 1, 80.5, 'percent', 'provisional', current_timestamp)").param("id", id).update();

        Throwable duplicate = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                "insert into observation (indicator_code, unit_id, period_id, source_system, connector_id, obs_value, unit_of_measure,"
                        + " status, revision, updated_at) values ('1.4', '01', '2099Q1', 'test', 'c2', 81, 'percent', 'official', 1, current_timestamp)")
                .update());
        assertThat(duplicate).as("(indicator, unit, period, source) is unique").isNotNull();

        jdbc.sql("delete from observation_revision where observation_id = :id").param("id", id).update();
        jdbc.sql("delete from observation where id = :id").param("id", id).update();
    }
}
