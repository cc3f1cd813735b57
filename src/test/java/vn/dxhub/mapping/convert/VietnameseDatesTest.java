package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    private static final LocalDate OCT_5 = LocalDate.of(2025, 10, 5);

    @Test
    void readsDayFirstDates() {
        assertThat(VietnameseDates.parse("05/10/2025").value()).isEqualTo(OCT_5);
        assertThat(VietnameseDates.parse("5/10/2025").value()).isEqualTo(OCT_5);
        assertThat(VietnameseDates.parse("1/7/2025").value()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(VietnameseDates.parse("05-10-2025").value()).isEqualTo(OCT_5);
        assertThat(VietnameseDates.parse(" 05/10/2025\u00A0").value()).isEqualTo(OCT_5);
    }

    @Test
    void readsIsoDates() {
        assertThat(VietnameseDates.parse("2025-10-05").value()).isEqualTo(OCT_5);
    }

    @Test
    void refusesImpossibleDates() {
        ConversionResult<LocalDate> result = VietnameseDates.parse("31/02/2025");
        assertThat(result.messageVi()).isEqualTo("'31/02/2025' không phải ngày có thật");
        assertThat(result.messageEn()).isEqualTo("'31/02/2025' is not a real date");
        assertThat(VietnameseDates.parse("29/02/2025").isOk()).isFalse();
        assertThat(VietnameseDates.parse("29/02/2024").value()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(VietnameseDates.parse("2025-13-01").isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "05/10/25", "05/10-2025", "2025/10/05", "10.05.2025", "05/10/2025 08:00"})
    void refusesTextThatIsNotADate(String text) {
        ConversionResult<LocalDate> result = VietnameseDates.parse(text);
        assertThat(result.isOk()).as(text).isFalse();
        assertThat(result.messageVi()).contains("'" + text + "'").contains("dd/MM/yyyy");
        assertThat(result.messageEn()).contains("'" + text + "'");
    }

    @Test
    void readsDayFirstDateTimesInVietnamTime() {
        Instant expected = Instant.parse("2025-10-05T01:30:00Z");
        assertThat(VietnameseDates.parseDateTime("05/10/2025 08:30:00").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("5/10/2025 8:30").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("05-10-2025 08:30:00").value()).isEqualTo(expected);
    }

    @Test
    void readsIsoDateTimesWithAndWithoutOffset() {
        Instant expected = Instant.parse("2025-10-05T01:30:00Z");
        assertThat(VietnameseDates.parseDateTime("2025-10-05T08:30:00+07:00").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("2025-10-05T01:30:00Z").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("2025-10-05T08:30:00").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("2025-10-05 08:30:00").value()).isEqualTo(expected);
        assertThat(VietnameseDates.parseDateTime("2025-10-05T08:30:00.250+07:00").value())
                .isEqualTo(Instant.parse("2025-10-05T01:30:00.250Z"));
    }

    @Test
    void readsATimeWithoutOffsetInTheZoneTheCallerNames() {
        assertThat(VietnameseDates.parseDateTime("05/10/2025 08:30:00", ZoneOffset.UTC).value())
                .isEqualTo(Instant.parse("2025-10-05T08:30:00Z"));
    }

    @Test
    void refusesImpossibleDateTimes() {
        assertThat(VietnameseDates.parseDateTime("31/02/2025 08:00:00").messageEn())
                .isEqualTo("'31/02/2025 08:00:00' is not a real date-time");
        assertThat(VietnameseDates.parseDateTime("05/10/2025 25:00:00").messageVi())
                .isEqualTo("'05/10/2025 25:00:00' không phải ngày giờ có thật");
        assertThat(VietnameseDates.parseDateTime("2025-02-31T08:00:00").messageEn()).contains("not a real date-time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "05/10/2025", "2025-10-05", "2025-10-05Tnoon", "05/10/2025 8h30"})
    void refusesTextThatIsNotADateTime(String text) {
        ConversionResult<Instant> result = VietnameseDates.parseDateTime(text);
        assertThat(result.isOk()).as(text).isFalse();
        assertThat(result.messageEn()).isEqualTo("'" + text + "' is not a date-time in the form dd/MM/yyyy HH:mm:ss or ISO-8601");
    }

    @Test
    void refusesNullAndBlankAsEmpty() {
        assertThat(VietnameseDates.parse(null).messageVi()).contains("trống");
        assertThat(VietnameseDates.parseDateTime("  ").messageEn()).contains("empty");
    }
}
