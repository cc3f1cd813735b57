package vn.dxhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubTestData;
import vn.dxhub.validation.Problem;

/** A bad record is parked once, even when a run cut off in the middle of its payload leaves the next run to read the payload again. */
@SpringBootTest
class QuarantineStoreTest {

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    PayloadArchive archive;

    @Autowired
    JdbcClient jdbc;

    private final List<Problem> reasons = List.of(new Problem("$.giaTri", "không có số liệu", "không phải số", "not a number"));

    @BeforeEach
    void empty() {
        HubTestData.clean(jdbc);
    }

    private long page() {
        return archive.archive(new PayloadArchive.Origin("lgsp", "lgsp-01", null, "application/json", "GET /chi-tieu?page=1"),
                "{\"duLieu\":[]}".getBytes(StandardCharsets.UTF_8)).id();
    }

    @Test
    void theSameRecordOfTheSamePayloadReadAgainIsParkedOnce() {
        long payload = page();

        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, payload, "GET /chi-tieu?page=1 $.duLieu[3]"), "{\"id\":\"a\"}", reasons);
        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, payload, "GET /chi-tieu?page=1 $.duLieu[3]"), "{\"id\":\"a\"}", reasons);
        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, payload, "GET /chi-tieu?page=1 $.duLieu[7]"), "{\"id\":\"b\"}", reasons);

        assertThat(jdbc.sql("select fragment from quarantine order by id").query(String.class).list()).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
    }

    @Test
    void recordsWithoutAPayloadCannotBeToldApartAndAreAllParked() {
        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, null, "upload row 4"), "{\"id\":\"a\"}", reasons);
        quarantine.quarantine(new QuarantineStore.Origin("lgsp-01", null, null, "upload row 4"), "{\"id\":\"a\"}", reasons);

        assertThat(count(jdbc, "select count(*) from quarantine")).isEqualTo(2);
    }
}
