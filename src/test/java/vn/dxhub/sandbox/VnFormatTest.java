package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Period;

class VnFormatTest {

    @Test
    void writesNumbersTheVietnameseWay() {
        assertThat(VnFormat.decimal1(87.46)).isEqualTo("87,5");
        assertThat(VnFormat.decimal1(100)).isEqualTo("100,0");
        assertThat(VnFormat.decimal1(0.04)).isEqualTo("0,0");
        assertThat(VnFormat.thousands(1_234_567)).isEqualTo("1.234.567");
        assertThat(VnFormat.thousands(1000)).isEqualTo("1.000");
        assertThat(VnFormat.thousands(999)).isEqualTo("999");
    }

    @Test
    void writesDatesDayFirst() {
        assertThat(VnFormat.date(LocalDate.of(2025, 10, 5))).isEqualTo("05/10/2025");
        assertThat(VnFormat.dateTime(LocalDate.of(2025, 7, 15), 8 * 3600 + 30 * 60 + 9)).isEqualTo("15/07/2025 08:30:09");
    }

    @Test
    void writesAndReadsQuartersInEveryStyle() {
        Period q3 = Period.quarter(2025, 3);
        assertThat(VnFormat.quarter(q3, 0)).isEqualTo("Quý III/2025");
        assertThat(VnFormat.quarter(q3, 1)).isEqualTo("Q3/2025");
        assertThat(VnFormat.quarter(q3, 2)).isEqualTo("2025-Q3");
        for (int style = 0; style < 3; style++) {
            assertThat(QuarterText.parse(VnFormat.quarter(q3, style))).contains(q3);
        }
        assertThat(QuarterText.parse("2025Q3")).contains(q3);
        assertThat(QuarterText.parse(Normalizer.normalize("quý iv/2024", Normalizer.Form.NFD))).contains(Period.quarter(2024, 4));
        assertThat(QuarterText.parse("2025")).isEmpty();
        assertThat(QuarterText.parse("2025Q5")).isEmpty();
        assertThat(QuarterText.parse(null)).isEmpty();
    }

    @Test
    void nfdDecomposesButStaysTheSameName() {
        String nfd = VnFormat.nfd("Hà Nội");
        assertThat(nfd).isNotEqualTo("Hà Nội");
        assertThat(Normalizer.normalize(nfd, Normalizer.Form.NFC)).isEqualTo("Hà Nội");
    }
}
