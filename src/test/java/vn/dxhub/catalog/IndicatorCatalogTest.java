package vn.dxhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalog says what the source plan (Kế hoạch hành động, mục II.1) says. */
class IndicatorCatalogTest {

    private static IndicatorCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ReferenceDataLoader.load(Path.of("mappings")).catalog();
    }

    private static Indicator indicator(String code) {
        return catalog.find(code).orElseThrow(() -> new AssertionError("missing indicator " + code));
    }

    @Test
    void listsEveryIndicatorOfTheTableInOrderIncludingSubRows() {
        List<String> codes = catalog.indicators().stream().filter(i -> !i.group().equals("6")).map(Indicator::code).toList();
        assertThat(codes).hasSize(57).startsWith("1.1", "1.2").endsWith("5.4", "5.7")
                .contains("1.7", "1.7.1", "1.7.2", "1.10", "3.5", "3.5.1", "3.5.2", "3.5.3", "4.22")
                .doesNotContain("5.5", "5.6");
        assertThat(indicator("3.5.3").parent()).isEqualTo("3.5");
        assertThat(catalog.groups()).extracting(IndicatorGroup::code).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void supplementaryPortalIndicatorsAreKeptApartFromThePlan() {
        assertThat(indicator("6.1").unitOfMeasure()).isEqualTo(UnitOfMeasure.COUNT);
        assertThat(indicator("6.2").unitOfMeasure()).isEqualTo(UnitOfMeasure.PERCENT);
        assertThat(indicator("6.2").legalBasis()).containsExactly("QĐ 766");
    }

    @Test
    void indicator14HasPlansAndABoundTargetAndNoBaseline() {
        Indicator i = indicator("1.4");
        assertThat(i.nameVi()).startsWith("Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến");
        assertThat(i.unitOfMeasure()).isEqualTo(UnitOfMeasure.PERCENT);
        assertThat(i.baseline2022()).as("'-' in the source is missing, not zero").isNull();
        assertThat(i.plan2023().text()).isEqualTo("30%");
        assertThat(i.plan2024().text()).isEqualTo("60%");
        assertThat(i.target2025().text()).isEqualTo("≥ 80%");
        assertThat(i.target2025().comparison()).isEqualTo(Bound.Comparison.AT_LEAST);
        assertThat(i.legalBasis()).containsExactly("QĐ 942");
        assertThat(i.measuringUnit()).isEqualTo("Cục CĐSQG");
        assertThat(i.coordinatingBodies()).isEqualTo("Các bộ, ngành, địa phương");
        assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(i.periodTypes()).containsExactlyInAnyOrder(PeriodType.QUARTER, PeriodType.YEAR);
    }

    @Test
    void indicator15HasADecimalBaseline() {
        Indicator i = indicator("1.5");
        assertThat(i.nameVi()).isEqualTo("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ");
        assertThat(List.of(i.baseline2022().text(), i.plan2023().text(), i.plan2024().text(), i.target2025().text()))
                .containsExactly("30.14%", "50%", "100%", "100%");
        assertThat(i.legalBasis()).containsExactly("QĐ 942");
    }

    @Test
    void indicator19BaselineIsReadFromTheVietnameseDecimalComma() {
        Indicator i = indicator("1.9");
        assertThat(i.baseline2022().value()).isEqualByComparingTo("86.97");
        assertThat(List.of(i.plan2023().text(), i.plan2024().text(), i.target2025().text())).containsExactly("90%", "95%", "90%");
        assertThat(i.coordinatingBodies()).contains("Bộ Nội vụ");
    }

    @Test
    void indicator353IsTheCommuneLevelSubRowWithBothLegalBases() {
        Indicator i = indicator("3.5.3");
        assertThat(i.nameVi()).isEqualTo("Cấp xã");
        assertThat(List.of(i.baseline2022().text(), i.plan2023().text(), i.plan2024().text(), i.target2025().text()))
                .containsExactly("69.01%", "75%", "90%", "60%");
        assertThat(i.legalBasis()).containsExactly("QĐ 942", "QĐ 749");
    }

    @Test
    void indicator36ReportingOnTheNationalReportingSystem() {
        Indicator i = indicator("3.6");
        assertThat(i.nameVi()).contains("hệ thống thông tin báo cáo quốc gia");
        assertThat(List.of(i.baseline2022().text(), i.plan2023().text(), i.plan2024().text(), i.target2025().text()))
                .containsExactly("40.47%", "60%", "90%", "100%");
        assertThat(i.coordinatingBodies()).contains("Văn phòng Chính phủ");
    }

    @Test
    void indicator51IsARankWithTheFootnoteDigitRemovedAndATopTarget() {
        Indicator i = indicator("5.1");
        assertThat(i.nameVi()).contains("EGDI");
        assertThat(i.unitOfMeasure()).isEqualTo(UnitOfMeasure.RANK);
        assertThat(i.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(i.baseline2022().value()).as("source text '862' is rank 86 with footnote 2").isEqualByComparingTo("86");
        assertThat(i.plan2023()).isNull();
        assertThat(i.plan2024().value()).isEqualByComparingTo("70");
        assertThat(i.target2025().text()).isEqualTo("Top 50");
        assertThat(i.target2025().isMetBy(new java.math.BigDecimal("48"))).isTrue();
        assertThat(i.target2025().isMetBy(new java.math.BigDecimal("51"))).isFalse();
        assertThat(i.periodTypes()).containsExactly(PeriodType.YEAR);
    }

    @Test
    void otherRanksAlsoLoseTheirFootnoteDigits() {
        assertThat(indicator("5.2").baseline2022().value()).isEqualByComparingTo("72");
        assertThat(indicator("5.3").baseline2022().value()).isEqualByComparingTo("87");
        assertThat(indicator("5.4").baseline2022().value()).isEqualByComparingTo("25");
        assertThat(indicator("5.7").baseline2022().value()).isEqualByComparingTo("48");
    }

    @Test
    void the22IndicatorsOfThe2025PlanAreLinkedWhereTheyMeasureTheSameThing() {
        List<LinkedTarget> plan = catalog.linkedTargets().stream().filter(t -> t.code().startsWith("KH2025-")).toList();
        assertThat(plan).hasSize(22);
        assertThat(catalog.targetsLinkedTo("1.1")).extracting(LinkedTarget::code).contains("KH2025-01", "QD2629-04");
        assertThat(catalog.targetsLinkedTo("1.9")).extracting(LinkedTarget::code).containsExactly("KH2025-05");
        LinkedTarget first = plan.get(0);
        assertThat(first.targets()).containsExactly(new LinkedTarget.DatedTarget(2025, "90%"));
    }

    @Test
    void qd2629TargetsKeepTheirTwoHorizons() {
        List<LinkedTarget> programme = catalog.linkedTargets().stream().filter(t -> t.code().startsWith("QD2629-")).toList();
        assertThat(programme).isNotEmpty();
        assertThat(programme).allSatisfy(t -> assertThat(t.targets()).allSatisfy(d -> assertThat(d.byYear()).isIn(2027, 2030)));
    }
}
