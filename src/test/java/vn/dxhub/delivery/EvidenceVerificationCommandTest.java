package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubTestData;

/** {@code java -jar dx-hub.jar verify-evidence}: the operator's check of the evidence chain, on the hub's own database settings. */
@SpringBootTest
class EvidenceVerificationCommandTest {

    @Autowired
    EvidenceLog log;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void threeEntries() {
        HubTestData.emptyEvidence(jdbc);
        for (int i = 0; i < 3; i++) {
            log.append(new EvidenceEntry(Instant.now(), 1, "b-" + i, String.valueOf(i), "d".repeat(64), 200, "importSummary {accepted=1}"));
        }
    }

    private int verify() {
        return EvidenceVerificationCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void anIntactChainPrintsItsLengthAndExitsZero() {
        assertThat(verify()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Chuỗi bằng chứng nguyên vẹn: 3 mục / chain intact: 3 entries" + System.lineSeparator());
    }

    @Test
    void aTamperedEntryIsNamedAndExitsOne() {
        long second = jdbc.sql("select id from delivery_evidence order by id").query(Long.class).list().get(1);
        jdbc.sql("update delivery_evidence set response_status = 500 where id = :id").param("id", second).update();

        assertThat(verify()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("id=" + second).contains("the entry was altered");
    }

    @Test
    void aDatabaseItCannotOpenExitsTwoSayingWhyWithoutAStackTrace() {
        int exit = EvidenceVerificationCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--hub.database.url=jdbc:h2:file:./target/no-such-hub;IFEXISTS=TRUE", "--hub.database.username=sa", "--hub.database.password=");

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Không kiểm tra được chuỗi bằng chứng / the evidence chain could not be checked: ")
                .contains("no-such-hub").doesNotContain("\tat ");
    }

    @Test
    void itStartsTheDatabaseOnlyWithoutWebServerRoutesOrWorkers() {
        try (ConfigurableApplicationContext context = EvidenceVerificationCommand.start()) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(CamelContext.class)).isEmpty();
            assertThat(context.getBeanNamesForType(DeliveryWorker.class)).isEmpty();
            assertThat(context.getBeanNamesForType(org.quartz.Scheduler.class)).isEmpty();
            assertThat(context.getBean(EvidenceVerifier.class).verify().entries()).isEqualTo(3);
        }
    }
}
