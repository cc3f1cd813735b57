package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.catalog.ReportingCalendar;

/** ISO 8601 intervals (FHIR periods) read as hub periods by the national calendar of mappings/calendar.yaml. */
class PeriodIntervalsTest {

    private static ReportingCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = ReferenceDataLoader.load(Path.of("mappings")).calendar();
    }

    private static String period(String interval) {
        ConversionResult<String> result = PeriodIntervals.parse(interval, calendar);
        assertThat(result.isOk()).as("%s: %s", interval, result).isTrue();
        return result.value();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2025-09-01/2025-09-30, 2025-09",
            "2025-12-01/2025-12-31, 2025-12",
            "2025-02-01/2025-02-28, 2025-02",
            "2025-09-01T00:00:00+07:00/2025-09-30T23:59:59+07:00, 2025-09"})
    void exactlyOneCalendarMonthIsThatMonth(String interval, String expected) {
        assertThat(period(interval)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2025-07-01/2025-09-30, 2025Q3",
            "2025-10-01/2025-11-30, 2025Q4",
            "2025-10-01/2025-12-31, 2025Q4",
            "2026-01-01/2026-03-31, 2026Q1",
            "2025-12-01/2026-03-31, 2026Q1",
            "2026-04-01/2026-06-30, 2026Q2"})
    void aCalendarQuarterAndAHubQuarterLandInTheHubQuarterOfTheirMidpoint(String interval, String expected) {
        assertThat(period(interval)).isEqualTo(expected);
    }

    @Test
    void dateTimesAreReadInVietnamTime() {
        assertThat(period("2025-07-01T00:00:00+07:00/2025-09-30T23:59:59+07:00")).isEqualTo("2025Q3");
        // 17:00 UTC on 30 June is midnight of 1 July in Hà Nội
        assertThat(period("2025-06-30T17:00:00Z/2025-09-30T16:59:59Z")).isEqualTo("2025Q3");
        assertThat(period("2025-07-01T00:00:00/2025-09-30T23:59:59")).isEqualTo("2025Q3");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2025-01-01/2025-06-30, 2025S1",
            "2024-12-01/2025-06-30, 2025S1",
            "2025-07-01/2025-12-31, 2025S2",
            "2025-07-01/2025-11-30, 2025S2"})
    void roughlyAHalfIsTheHalfOfItsMidpoint(String interval, String expected) {
        assertThat(period(interval)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2025-01-01/2025-12-31, 2025",
            "2024-12-01/2025-11-30, 2025"})
    void roughlyAYearIsTheYearOfItsMidpoint(String interval, String expected) {
        assertThat(period(interval)).isEqualTo(expected);
    }

    @Test
    void anIntervalOfNoReportingLengthIsRefusedWithItsValueAndLength() {
        ConversionResult<String> twoWeeks = PeriodIntervals.parse("2025-07-01/2025-07-14", calendar);

        assertThat(twoWeeks.isOk()).isFalse();
        assertThat(twoWeeks.messageVi()).contains("2025-07-01/2025-07-14").contains("14 ngày");
        assertThat(twoWeeks.messageEn()).contains("14 days");
        assertThat(PeriodIntervals.parse("2025-01-01/2025-04-30", calendar).isOk()).as("120 days is still a quarter").isTrue();
        assertThat(PeriodIntervals.parse("2025-01-01/2025-05-31", calendar).isOk()).as("151 days is a half").isTrue();
        assertThat(PeriodIntervals.parse("2025-01-01/2025-05-15", calendar).isOk()).as("135 days is neither").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-30/2025-07-01", "2025-13-01/2025-12-31", "2025-07-01/2025-09-31", "2025-07-01/"})
    void aBrokenIntervalIsRefusedNamingTheValue(String interval) {
        ConversionResult<String> result = PeriodIntervals.parse(interval, calendar);

        assertThat(result.isOk()).isFalse();
        assertThat(result.message()).contains(interval);
    }

    @Test
    void onlyStartSlashEndIsTakenForAnInterval() {
        assertThat(PeriodIntervals.isInterval("2025-07-01/2025-09-30")).isTrue();
        assertThat(PeriodIntervals.isInterval(" 2025-07-01T00:00:00+07:00 / 2025-09-30T23:59:59+07:00 ")).isTrue();
        assertThat(PeriodIntervals.isInterval("Q3/2025")).isFalse();
        assertThat(PeriodIntervals.isInterval("09/2025")).isFalse();
        assertThat(PeriodIntervals.isInterval("2025-09")).isFalse();
    }
}
