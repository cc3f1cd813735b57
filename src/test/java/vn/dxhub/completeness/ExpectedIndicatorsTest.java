package vn.dxhub.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.catalog.ReportingUnit;

/** Which indicators each kind of unit reports, on the shipped catalog. */
class ExpectedIndicatorsTest {

    static ReferenceData data;
    static ExpectedIndicators expected;

    @BeforeAll
    static void load() {
        data = ReferenceDataLoader.load(Path.of("mappings"));
        expected = new ExpectedIndicators(data.catalog());
    }

    private static List<String> codes(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::code).toList();
    }

    private static ReportingUnit unit(String id) {
        return data.units().find(id).orElseThrow();
    }

    @Test
    void aProvinceReportsTheIndicatorsNamingTheLocalitiesForAQuarter() {
        List<String> hanoi = codes(expected.of(unit("01"), Period.quarter(2026, 4)));
        assertThat(hanoi).contains("1.1", "1.4", "2.1", "3.5.1", "3.5.3", "4.2", "6.1")
                // the centre's own measures, a heading reported by its sub-rows, another ministry's, yearly only
                .doesNotContain("1.6", "1.7.1", "3.5", "3.7", "4.4", "4.19", "5.1");
        assertThat(hanoi).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.9", "1.10", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4",
                "3.5.1", "3.5.2", "3.5.3", "3.6", "3.8", "3.9", "3.10", "3.11", "3.12", "4.2", "6.1", "6.2");
        assertThat(codes(expected.of(unit("79"), Period.quarter(2026, 4)))).isEqualTo(hanoi);
    }

    @Test
    void yearlyIndicatorsAreExpectedOnlyForAYear() {
        assertThat(codes(expected.of(unit("01"), new Period(vn.dxhub.catalog.PeriodType.YEAR, 2026, 0)))).contains("4.19", "1.4");
    }

    @Test
    void aMinistryReportsTheIndicatorsForAllMinistriesAndThoseNamingIt() {
        List<String> health = codes(expected.of(unit("BYT"), Period.quarter(2026, 4)));
        assertThat(health).contains("1.1", "3.5.1", "4.4", "4.7").doesNotContain("4.8", "3.5.2", "4.2");
        assertThat(codes(expected.of(unit("BGDDT"), Period.quarter(2026, 4)))).contains("4.8", "4.9").doesNotContain("4.4");
        assertThat(codes(expected.of(unit("BTC"), Period.quarter(2026, 4)))).contains("4.15", "4.17");
        assertThat(codes(expected.of(unit("NHNN"), Period.quarter(2026, 4)))).contains("1.8");
    }

    @Test
    void theColumnsOfTheProvinceGridAreTheSameForEveryNewProvince() {
        List<ReportingUnit> provinces = data.units().validOn(LocalDate.of(2026, 11, 1), ReportingUnit.Kind.PROVINCE);
        assertThat(provinces).hasSize(34);
        assertThat(codes(expected.ofAny(provinces, Period.quarter(2026, 4)))).isEqualTo(codes(expected.of(unit("01"), Period.quarter(2026, 4))));
    }
}
