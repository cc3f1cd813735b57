package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    private static BigDecimal number(String text) {
        ConversionResult<BigDecimal> result = VietnameseNumbers.parse(text);
        assertThat(result.isOk()).as("%s: %s", text, result).isTrue();
        return result.value();
    }

    @Test
    void readsACommaAsTheVietnameseDecimalMark() {
        assertThat(number("87,5")).isEqualByComparingTo("87.5");
        assertThat(number("-3,5")).isEqualByComparingTo("-3.5");
        assertThat(number("0,125")).isEqualByComparingTo("0.125");
    }

    @Test
    void readsVietnameseThousandsSeparators() {
        assertThat(number("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(number("1.234.567,89")).isEqualByComparingTo("1234567.89");
    }

    @Test
    void readsEnglishThousandsSeparators() {
        assertThat(number("1,234,567")).isEqualByComparingTo("1234567");
        assertThat(number("1,234,567.89")).isEqualByComparingTo("1234567.89");
    }

    @Test
    void readsASingleDotWithoutThreeDigitsAfterItAsADecimalPoint() {
        assertThat(number("87.5")).isEqualByComparingTo("87.5");
        assertThat(number("3.14159")).isEqualByComparingTo("3.14159");
    }

    @Test
    void readsTheAmbiguousDotWithThreeDigitsAsVietnameseThousands() {
        assertThat(number("12.345")).isEqualByComparingTo("12345");
        assertThat(number("100.000")).isEqualByComparingTo("100000");
    }

    @Test
    void readsADotAsDecimalWhenTheFirstGroupCannotStartAThousandsGrouping() {
        assertThat(number("0.125")).isEqualByComparingTo("0.125");
        assertThat(number("1234.567")).isEqualByComparingTo("1234.567");
    }

    @Test
    void readsASingleCommaWithThreeDigitsAsAVietnameseDecimal() {
        assertThat(number("1,234")).isEqualByComparingTo("1.234");
    }

    @Test
    void readsSpacesAndNoBreakSpacesAsThousandsSeparators() {
        assertThat(number("1 234 567")).isEqualByComparingTo("1234567");
        assertThat(number("1\u00A0234\u00A0567")).isEqualByComparingTo("1234567");
        assertThat(number("1\u202F234,5")).isEqualByComparingTo("1234.5");
    }

    @Test
    void trimsSurroundingSpaces() {
        assertThat(number(" 45 ")).isEqualByComparingTo("45");
        assertThat(number("\u00A045\t")).isEqualByComparingTo("45");
    }

    @Test
    void readsPlainAndSignedIntegers() {
        assertThat(number("0")).isEqualByComparingTo("0");
        assertThat(number("2025")).isEqualByComparingTo("2025");
        assertThat(number("+7")).isEqualByComparingTo("7");
        assertThat(number("\u22127")).isEqualByComparingTo("-7");
    }

    @ParameterizedTest
    @CsvSource({"-0.5, -0.5", "1.5e3, 1500", "2E-2, 0.02", "10.25, 10.25"})
    void readsJsonNumberText(String text, String expected) {
        assertThat(number(text)).isEqualByComparingTo(expected);
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(number("87,50")).isEqualTo(new BigDecimal("87.50"));
    }

    @Test
    void readsAPercentAndReportsTheSign() {
        assertThat(number("86,97%")).isEqualByComparingTo("86.97");
        ParsedNumber parsed = VietnameseNumbers.parseWithPercent("86,97%").value();
        assertThat(parsed.value()).isEqualByComparingTo("86.97");
        assertThat(parsed.percent()).isTrue();
        assertThat(VietnameseNumbers.parseWithPercent("86,97 %").value().percent()).isTrue();
        assertThat(VietnameseNumbers.parseWithPercent("86,97").value().percent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "1,2,3,4", "12,34,56.7", "1.234,5.6", "1.23.456", "0.123.456",
            "1 234.567,5", "1..5", ".5", "5,", "%", "86%%", "--5", "1e", "NaN"})
    void refusesTextThatIsNotANumber(String text) {
        ConversionResult<BigDecimal> result = VietnameseNumbers.parse(text);
        assertThat(result.isOk()).as(text).isFalse();
        assertThat(result.messageVi()).startsWith("'" + text + "' không phải số");
        assertThat(result.messageEn()).startsWith("'" + text + "' is not a number");
    }

    @Test
    void explainsMisplacedThousandsSeparators() {
        ConversionResult<BigDecimal> result = VietnameseNumbers.parse("1,2,3,4");
        assertThat(result.messageVi()).isEqualTo("'1,2,3,4' không phải số: dấu phân cách hàng nghìn đặt sai");
        assertThat(result.messageEn()).isEqualTo("'1,2,3,4' is not a number: its thousands separators are misplaced");
    }

    @Test
    void refusesNullAndBlankAsEmpty() {
        assertThat(VietnameseNumbers.parse(null).messageVi()).contains("trống");
        assertThat(VietnameseNumbers.parse("").messageEn()).contains("empty");
        assertThat(VietnameseNumbers.parseWithPercent(" \u00A0").isOk()).isFalse();
    }
}
