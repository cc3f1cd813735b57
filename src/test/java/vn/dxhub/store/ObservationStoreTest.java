package vn.dxhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxhub.support.HubTestData.count;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.support.HubTestData;

/** Values keep their history: a change is a new revision, provisional to official is a revision, the same value is nothing. */
@SpringBootTest
class ObservationStoreTest {

    @Autowired
    ObservationStore store;

    @Autowired
    JdbcClient jdbc;

    private final ObservationStore.Provenance provenance = new ObservationStore.Provenance("test", null, null);

    @BeforeEach
    void empty() {
        HubTestData.clean(jdbc);
    }

    private static Observation share(String value, ObservationStatus status) {
        return new Observation("1.4", "01", "2025Q3", new BigDecimal(value), "percent", null, null, status, null,
                new ObservationSource("lgsp", "test", "r1", Instant.parse("2025-10-01T00:00:00Z"), null));
    }

    @Test
    void provisionalThenOfficialThenCorrectedIsThreeRevisionsWithEveryEarlierValueKept() {
        assertThat(store.store(share("80", ObservationStatus.PROVISIONAL), provenance)).isEqualTo(StoreOutcome.CREATED);
        assertThat(store.store(share("80.000", ObservationStatus.PROVISIONAL), provenance)).isEqualTo(StoreOutcome.UNCHANGED);
        assertThat(store.store(share("80", ObservationStatus.OFFICIAL), provenance)).isEqualTo(StoreOutcome.REVISED);
        assertThat(store.store(share("81.5", ObservationStatus.OFFICIAL), provenance)).isEqualTo(StoreOutcome.REVISED);

        List<String> history = jdbc.sql("""
                        select r.revision || ':' || r.status || ':' || cast(r.obs_value as decimal(10,1)) from observation_revision r
                        join observation o on o.id = r.observation_id order by r.revision""").query(String.class).list();
        assertThat(history).containsExactly("1:provisional:80.0", "2:official:80.0", "3:official:81.5");
        assertThat(jdbc.sql("select revision from observation").query(Integer.class).single()).isEqualTo(3);
        assertThat(count(jdbc, "select count(*) from delivery where state = 'pending'")).as("one delivery per revision").isEqualTo(3);
    }

    @Test
    void theSameValueFromAnotherSourceSystemIsAnotherObservation() {
        store.store(share("80", ObservationStatus.OFFICIAL), provenance);
        Observation fromDvc = new Observation("1.4", "01", "2025Q3", new BigDecimal("79"), "percent", null, null, ObservationStatus.OFFICIAL,
                null, new ObservationSource("dvc", "other", "r9", Instant.parse("2025-10-01T00:00:00Z"), null));

        assertThat(store.store(fromDvc, provenance)).isEqualTo(StoreOutcome.CREATED);
        assertThat(count(jdbc, "select count(*) from observation")).isEqualTo(2);
    }
}
