package vn.dxhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportingUnitsTest {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    private static ReportingUnits units;

    @BeforeAll
    static void load() {
        units = ReferenceDataLoader.load(Path.of("mappings")).units();
    }

    @Test
    void thirtyFourProvincesFromJuly2025AndSixtyThreeBefore() {
        assertThat(units.validOn(AFTER, ReportingUnit.Kind.PROVINCE)).hasSize(34);
        assertThat(units.validOn(BEFORE, ReportingUnit.Kind.PROVINCE)).hasSize(63);
        assertThat(units.validOn(AFTER, ReportingUnit.Kind.PROVINCE)).extracting(ReportingUnit::code)
                .contains("01", "04", "08", "46", "79", "96").doesNotContain("02", "10");
    }

    @Test
    void aReusedCodeMeansDifferentProvincesBeforeAndAfterTheMerger() {
        assertThat(units.find("T63-15").orElseThrow().name()).isEqualTo("Yên Bái");
        assertThat(units.find("15").orElseThrow().name()).isEqualTo("Lào Cai");
        assertThat(units.findByName("Lào Cai", BEFORE).orElseThrow().id()).isEqualTo("T63-10");
        assertThat(units.findByName("Lào Cai", AFTER).orElseThrow().id()).isEqualTo("15");
    }

    @Test
    void oldProvincesCrossWalkToTheirSuccessor() {
        assertThat(units.successorOn("T63-02", AFTER).orElseThrow().name()).isEqualTo("Tuyên Quang");
        assertThat(units.successorOn("T63-74", AFTER).orElseThrow().id()).isEqualTo("79");
        assertThat(units.successorOn("T63-74", BEFORE).orElseThrow().id()).isEqualTo("T63-74");
        assertThat(units.successorOn("T63-44", AFTER).orElseThrow().name()).isEqualTo("Quảng Trị");
    }

    @Test
    void namesMatchInNfcAndNfdWithoutCaseOrPrefix() {
        String nfd = Normalizer.normalize("Thành phố Hà Nội", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Thành phố Hà Nội");
        assertThat(units.findByName(nfd, AFTER).orElseThrow().id()).isEqualTo("01");
        assertThat(units.findByName("TP. Hồ Chí Minh", AFTER).orElseThrow().id()).isEqualTo("79");
        assertThat(units.findByName("tp.hồ chí minh", AFTER).orElseThrow().id()).isEqualTo("79");
        assertThat(units.findByName("TỈNH ĐẮK LẮK", AFTER).orElseThrow().id()).isEqualTo("66");
        assertThat(units.findByName(Normalizer.normalize("Tỉnh Bà Rịa - Vũng Tàu", Normalizer.Form.NFD), BEFORE).orElseThrow().id())
                .isEqualTo("T63-77");
        assertThat(units.findByName("Thừa Thiên Huế", BEFORE).orElseThrow().id()).isEqualTo("T63-46");
        assertThat(units.findByName("Atlantis", AFTER)).isEmpty();
    }

    @Test
    void aFormNamesItsUnitAsItsPeoplesCommittee() {
        assertThat(units.findByName("UBND tỉnh Lào Cai", AFTER).orElseThrow().id()).isEqualTo("15");
        assertThat(units.findByName(Normalizer.normalize("Ủy ban nhân dân Thành phố Hà Nội", Normalizer.Form.NFD), AFTER).orElseThrow().id())
                .isEqualTo("01");
        assertThat(units.findByName("Uỷ ban nhân dân tỉnh Lào Cai", BEFORE).orElseThrow().id()).isEqualTo("T63-10");
    }

    @Test
    void namesAreStoredComposed() {
        assertThat(units.all()).allSatisfy(u -> assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue());
    }

    @Test
    void ministriesAndAgenciesNamedInThePlanAreReportingUnits() {
        ReportingUnit cdsqg = units.find("CDSQG").orElseThrow();
        assertThat(cdsqg.name()).isEqualTo("Cục Chuyển đổi số quốc gia");
        assertThat(units.findByName("Cục CĐSQG", AFTER).orElseThrow().id()).isEqualTo("CDSQG");
        assertThat(units.findByName("Bộ Công an", AFTER).orElseThrow().kind()).isEqualTo(ReportingUnit.Kind.MINISTRY);
    }
}
