package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodExpressionsTest {

    private static String period(String text) {
        ConversionResult<String> result = PeriodExpressions.parse(text);
        assertThat(result.isOk()).as("%s: %s", text, result).isTrue();
        return result.value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q3/2025", "Q3-2025", "q3 2025", "2025-Q3", "2025Q3", "2025 q3", "Quý III/2025", "Quý 3/2025",
            "Quý III năm 2025", "QUÝ III NĂM 2025", "quy 3 nam 2025", "quy iii/2025", "  Quý  III / 2025 "})
    void readsTheThirdQuarterWrittenManyWays(String text) {
        assertThat(period(text)).isEqualTo("2025Q3");
    }

    @Test
    void readsDecomposedVietnamese() {
        String nfd = Normalizer.normalize("Quý IV năm 2025", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Quý IV năm 2025");
        assertThat(period(nfd)).isEqualTo("2025Q4");
        assertThat(period(Normalizer.normalize("6 tháng cuối năm 2025", Normalizer.Form.NFD))).isEqualTo("2025S2");
        assertThat(period(Normalizer.normalize("Tháng 9/2025", Normalizer.Form.NFD))).isEqualTo("2025-09");
    }

    @Test
    void readsRomanNumeralQuarters() {
        assertThat(period("Quý I/2025")).isEqualTo("2025Q1");
        assertThat(period("Quý II/2025")).isEqualTo("2025Q2");
        assertThat(period("Quý III/2025")).isEqualTo("2025Q3");
        assertThat(period("Quý IV/2025")).isEqualTo("2025Q4");
    }

    @Test
    void readsHalves() {
        assertThat(period("6 tháng đầu năm 2025")).isEqualTo("2025S1");
        assertThat(period("6 tháng cuối năm 2025")).isEqualTo("2025S2");
        assertThat(period("2025S1")).isEqualTo("2025S1");
        assertThat(period("S2/2025")).isEqualTo("2025S2");
        assertThat(period("2025-H1")).isEqualTo("2025S1");
    }

    @Test
    void readsYears() {
        assertThat(period("Năm 2025")).isEqualTo("2025");
        assertThat(period("2025")).isEqualTo("2025");
        assertThat(period("nam 2025")).isEqualTo("2025");
        assertThat(period("Cả năm 2025")).isEqualTo("2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tháng 9/2025", "tháng 9 năm 2025", "09/2025", "9/2025", "2025-09", "T9/2025", "t09-2025"})
    void readsMonths(String text) {
        assertThat(period(text)).isEqualTo("2025-09");
    }

    @Test
    void readsTheFirstNineMonthsAsTheThirdQuarterReport() {
        assertThat(period("9 tháng 2025")).isEqualTo("2025Q3");
        assertThat(period("9 tháng đầu năm 2025")).isEqualTo("2025Q3");
        assertThat(period("9 thang dau nam 2025")).isEqualTo("2025Q3");
    }

    @Test
    void readsOtherCumulativePeriodsAsTheReportThatClosesThem() {
        assertThat(period("3 tháng đầu năm 2025")).isEqualTo("2025Q1");
        assertThat(period("6 tháng năm 2025")).isEqualTo("2025S1");
        assertThat(period("12 tháng 2025")).isEqualTo("2025");
        assertThat(period("3 tháng cuối năm 2025")).isEqualTo("2025Q4");
    }

    @Test
    void refusesAFifthQuarterNamingTheValue() {
        ConversionResult<String> result = PeriodExpressions.parse("Q5/2025");
        assertThat(result.messageVi()).isEqualTo("'Q5/2025' không phải kỳ báo cáo: quý phải từ 1 (I) đến 4 (IV)");
        assertThat(result.messageEn()).isEqualTo("'Q5/2025' is not a reporting period: the quarter must be 1 (I) to 4 (IV)");
        assertThat(PeriodExpressions.parse("Quý V/2025").messageEn()).contains("'Quý V/2025'").contains("quarter must be");
        assertThat(PeriodExpressions.parse("2025Q0").isOk()).isFalse();
    }

    @Test
    void refusesAThirteenthMonth() {
        assertThat(PeriodExpressions.parse("13/2025").messageVi()).isEqualTo("'13/2025' không phải kỳ báo cáo: tháng phải từ 1 đến 12");
        assertThat(PeriodExpressions.parse("Tháng 0/2025").isOk()).isFalse();
        assertThat(PeriodExpressions.parse("2025-13").isOk()).isFalse();
    }

    @Test
    void refusesCumulativePeriodsThatNoReportCloses() {
        assertThat(PeriodExpressions.parse("7 tháng 2025").messageEn()).contains("'7 tháng 2025'").contains("first 3, 6, 9 or 12");
        assertThat(PeriodExpressions.parse("9 tháng cuối năm 2025").isOk()).isFalse();
        assertThat(PeriodExpressions.parse("2025S3").isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Q3", "Quý III", "25", "Q3/25", "2025Q3x", "quý ba 2025"})
    void refusesTextThatIsNotAPeriod(String text) {
        ConversionResult<String> result = PeriodExpressions.parse(text);
        assertThat(result.isOk()).as(text).isFalse();
        assertThat(result.messageVi()).startsWith("'" + text + "' không phải kỳ báo cáo");
        assertThat(result.messageEn()).startsWith("'" + text + "' is not a reporting period");
    }

    @Test
    void refusesNullAndBlankAsEmpty() {
        assertThat(PeriodExpressions.parse(null).messageVi()).contains("trống");
        assertThat(PeriodExpressions.parse(" ").messageEn()).contains("empty");
    }
}
