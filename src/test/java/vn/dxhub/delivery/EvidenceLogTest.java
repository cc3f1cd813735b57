package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubTestData;

/** Every push is evidence chained by hash: altering, removing or cutting off entries is found, and concurrent appends keep one chain. */
@SpringBootTest
class EvidenceLogTest {

    @Autowired
    EvidenceLog log;

    @Autowired
    EvidenceVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        HubTestData.emptyEvidence(jdbc);
    }

    private List<Long> append(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(log.append(new EvidenceEntry(Instant.now(), 1, "b-" + i, (10 * i) + "," + (10 * i + 1), "c".repeat(64), 200,
                    "importSummary {accepted=2} — nhận 2")));
        }
        return ids;
    }

    @Test
    void anIntactChainPasses() {
        append(5);
        log.append(new EvidenceEntry(Instant.now(), 3, "b-failed", "7", null, null, "HTTP 503 / no request body"));

        EvidenceVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.message()).isEqualTo("Chuỗi bằng chứng nguyên vẹn: 6 mục / chain intact: 6 entries");
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<Long> ids = append(5);
        jdbc.sql("update delivery_evidence set response_summary = 'importSummary {accepted=0}' where id = :id").param("id", ids.get(2)).update();

        EvidenceVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenEntryId()).isEqualTo(ids.get(2));
        assertThat(verdict.message()).contains("id=" + ids.get(2)).contains("the entry was altered");
    }

    @Test
    void aRemovedEntryInTheMiddleIsFoundAtTheEntryAfterIt() {
        List<Long> ids = append(5);
        jdbc.sql("delete from delivery_evidence where id = :id").param("id", ids.get(2)).update();

        EvidenceVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenEntryId()).isEqualTo(ids.get(3));
        assertThat(verdict.message()).contains("(id=" + ids.get(1) + ")").contains("an entry between them was removed or altered");
    }

    @Test
    void removedLastEntriesAreFoundByTheHead() {
        List<Long> ids = append(5);
        jdbc.sql("delete from delivery_evidence where id = :id").param("id", ids.get(4)).update();

        EvidenceVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.message()).contains("after entry id=" + ids.get(3)).contains("5 entries ending at id=" + ids.get(4))
                .contains("the last entries were removed");
    }

    @Test
    void appendsFromTwoThreadsAtOnceFormOneChain() {
        List<CompletableFuture<List<Long>>> writers = IntStream.range(0, 2).mapToObj(w -> CompletableFuture.supplyAsync(() -> append(25))).toList();
        writers.forEach(CompletableFuture::join);

        assertThat(verifier.verify().message()).isEqualTo("Chuỗi bằng chứng nguyên vẹn: 50 mục / chain intact: 50 entries");
        assertThat(jdbc.sql("select count(distinct previous_hash) from delivery_evidence").query(Long.class).single())
                .as("no two entries follow the same one: the chain never forked").isEqualTo(50);
    }
}
