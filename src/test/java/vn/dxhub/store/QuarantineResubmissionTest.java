package vn.dxhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubTestData;
import vn.dxhub.validation.Problem;

/** An operator corrects a quarantined record and resubmits it, or discards it; each entry is settled once and every action is audited. */
@SpringBootTest
class QuarantineResubmissionTest {

    @Autowired
    QuarantineResubmission resubmission;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    PayloadArchive archive;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private PayloadArchive.Archived payload;
    private long entry;

    @BeforeEach
    void aQuarantinedRecord() {
        HubTestData.clean(jdbc);
        payload = archive.archive(new PayloadArchive.Origin("lgsp", "lgsp-01", null, "application/json", "kyBaoCao=2025Q3 page 1"),
                ("{\"duLieu\": [{\"maChiTieu\": \"CT01\", \"giaTri\": \"87,5 phần trăm\", \"t\": " + System.nanoTime() + "}]}")
                        .getBytes(StandardCharsets.UTF_8));
        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, payload.id(), "page 1 record 0"),
                "{\"maChiTieu\": \"CT01\", \"giaTri\": \"87,5 phần trăm\"}",
                List.of(new Problem("value", "87,5 phần trăm", "không đọc được số", "not a number")));
        entry = jdbc.sql("select max(id) from quarantine").query(Long.class).single();
    }

    private JsonNode corrected(String value, String extra) throws Exception {
        return json.readTree("""
                {"indicator": "1.4", "reportingUnit": "01", "period": "2025Q3", "value": %s, "unitOfMeasure": "percent",
                 "status": "official"%s}""".formatted(value, extra));
    }

    private String quarantineState() {
        return jdbc.sql("select state from quarantine where id = :id").param("id", entry).query(String.class).single();
    }

    private List<String> audit() {
        return jdbc.sql("select action || ' ' || outcome from audit_log where target like :t order by id")
                .param("t", "quarantine " + entry + " %").query(String.class).list();
    }

    @Test
    void aValidCorrectionIsStoredAsARevisionWithTheQuarantinedProvenanceAndItsDelivery() throws Exception {
        QuarantineResubmission.Resubmitted result = resubmission.resubmit(entry, corrected("87.5", ", \"source\": {\"recordId\": \"CT01-01\"}"),
                "tran.thi.b", "sửa 87,5 phần trăm thành 87.5");

        assertThat(result.accepted()).isTrue();
        assertThat(result.stored()).isEqualTo(StoreOutcome.CREATED);
        assertThat(jdbc.sql("select connector_id || ' ' || source_system || ' ' || payload_id || ' ' || source_record_id from observation")
                .query(String.class).single()).isEqualTo("lgsp-01 lgsp " + payload.id() + " CT01-01");
        assertThat(count(jdbc, "select count(*) from observation_revision where payload_id = ?", payload.id())).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from delivery where state = 'pending'")).isEqualTo(1);
        assertThat(quarantineState()).isEqualTo("resubmitted");
        assertThat(jdbc.sql("select resolved_by || ' ' || resolution_note from quarantine where id = :id").param("id", entry).query(String.class).single())
                .isEqualTo("tran.thi.b sửa 87,5 phần trăm thành 87.5");
        JsonNode stored = json.readTree(jdbc.sql("select corrected_fragment from quarantine where id = :id").param("id", entry).query(String.class).single());
        assertThat(stored.at("/source/payloadSha256").asText()).isEqualTo(payload.sha256());
        assertThat(stored.at("/source/connector").asText()).isEqualTo("lgsp-01");
        assertThat(audit()).containsExactly("quarantine.resubmit allowed");
    }

    @Test
    void aCorrectionWithProblemsIsRefusedWithThemAndTheEntryStaysOpen() throws Exception {
        QuarantineResubmission.Resubmitted result = resubmission.resubmit(entry,
                corrected("135.2", ", \"source\": {\"system\": \"dvc\"}"), "tran.thi.b", null);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(Problem::field, Problem::value)
                .contains(org.assertj.core.groups.Tuple.tuple("value", "135.2"), org.assertj.core.groups.Tuple.tuple("source.system", "dvc"));
        assertThat(quarantineState()).isEqualTo("open");
        assertThat(count(jdbc, "select count(*) from observation")).isZero();
        assertThat(audit()).containsExactly("quarantine.resubmit failed");
    }

    @Test
    void aSettledEntryCannotBeSettledAgain() throws Exception {
        resubmission.discard(entry, "bản ghi thử của đơn vị, không phải số liệu thật / a test record", "tran.thi.b");

        assertThat(quarantineState()).isEqualTo("discarded");
        assertThat(jdbc.sql("select resolution_note from quarantine where id = :id").param("id", entry).query(String.class).single())
                .startsWith("bản ghi thử");
        assertThatThrownBy(() -> resubmission.resubmit(entry, corrected("87.5", ""), "le.van.c", null))
                .isInstanceOf(QuarantineConflictException.class).hasMessageContaining("discarded by tran.thi.b");
        assertThatThrownBy(() -> resubmission.discard(entry, "again", "le.van.c")).isInstanceOf(QuarantineConflictException.class);
        assertThat(quarantineState()).isEqualTo("discarded");
        assertThat(count(jdbc, "select count(*) from observation")).isZero();
        assertThat(audit()).containsExactly("quarantine.discard allowed", "quarantine.resubmit denied", "quarantine.discard denied");
    }

    @Test
    void anUnknownEntryOrAMissingActorOrReasonIsRefused() throws Exception {
        assertThatThrownBy(() -> resubmission.resubmit(entry + 1000, corrected("87.5", ""), "tran.thi.b", null))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("id=" + (entry + 1000));
        assertThatThrownBy(() -> resubmission.discard(entry, " ", "tran.thi.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resubmission.resubmit(entry, corrected("87.5", ""), "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(quarantineState()).isEqualTo("open");
    }
}
