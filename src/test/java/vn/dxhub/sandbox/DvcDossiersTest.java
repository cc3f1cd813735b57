package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;

class DvcDossiersTest {

    private static ReferenceData data;
    private static DvcDossiers dossiers;

    @BeforeAll
    static void load() {
        data = ReferenceDataLoader.load(Path.of("mappings"));
        dossiers = new DvcDossiers(data.units(), data.calendar(), 400);
    }

    @Test
    void theThirtyFourCurrentProvincesHaveAPortal() {
        assertThat(dossiers.provinces()).hasSize(34);
        assertThat(dossiers.province("08")).isPresent();
        assertThat(dossiers.province("T63-02")).isEmpty();
    }

    @Test
    void dossiersHaveTheRealisticSharesAndStayInsideTheQuarter() {
        DvcDossiers.Batch batch = dossiers.batch(dossiers.province("01").orElseThrow(), Period.quarter(2026, 1));
        int n = 100_000;
        int online = 0;
        int fullyOnline = 0;
        int resolved = 0;
        int onTime = 0;
        Set<Integer> services = new HashSet<>();
        for (int i = 0; i < n; i++) {
            DvcDossier d = batch.dossier(i, FaultPlan.HEALTHY);
            online += d.kenhNop().equals(DvcDossiers.ONLINE) ? 1 : 0;
            fullyOnline += d.toanTrinh() ? 1 : 0;
            services.add(d.serviceNo());
            if (d.ngayTra() != null) {
                resolved++;
                onTime += d.resolvedOnTime() ? 1 : 0;
                assertThat(d.trangThai()).isEqualTo(DvcDossiers.RESOLVED);
            } else {
                assertThat(d.trangThai()).isEqualTo(DvcDossiers.IN_PROGRESS);
            }
            LocalDate filed = SandboxDates.day(d.ngayNop());
            assertThat(filed).isBetween(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31));
        }
        assertThat(online / (double) n).isBetween(0.69, 0.71);
        assertThat(fullyOnline / (double) online).isBetween(0.59, 0.61);
        assertThat(resolved / (double) n).isBetween(0.89, 0.91);
        assertThat(onTime / (double) resolved).isBetween(0.92, 0.94);
        assertThat(services.size() / 400.0).isBetween(0.78, 0.92);
    }

    @Test
    void theSameIndexIsTheSameDossier() {
        DvcDossiers.Batch a = dossiers.batch(dossiers.province("79").orElseThrow(), Period.quarter(2025, 3));
        DvcDossiers.Batch b = dossiers.batch(dossiers.province("79").orElseThrow(), Period.quarter(2025, 3));
        assertThat(a.dossier(3_999_999, FaultPlan.HEALTHY)).isEqualTo(b.dossier(3_999_999, FaultPlan.HEALTHY));
        assertThat(a.dossier(0, FaultPlan.HEALTHY)).isNotEqualTo(a.dossier(1, FaultPlan.HEALTHY));
    }

    @Test
    void generatesWellOverAHundredThousandDossiersPerSecond() {
        DvcDossiers.Batch batch = dossiers.batch(dossiers.province("79").orElseThrow(), Period.quarter(2025, 3));
        long start = System.nanoTime();
        long checksum = 0;
        for (int i = 0; i < 500_000; i++) {
            checksum += batch.dossier(i, FaultPlan.HEALTHY).maHoSo().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(checksum).isPositive();
        assertThat(500_000 / seconds).isGreaterThan(100_000);
    }
}
