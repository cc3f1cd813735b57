package vn.dxhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The national calendar: Q1 = December + January-March due before 03/04, ..., Q4 = October-November due before 05/12. */
class ReportingCalendarTest {

    private static ReportingCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = ReferenceDataLoader.load(Path.of("mappings")).calendar();
    }

    private static Period period(String id) {
        return Period.parse(id).orElseThrow();
    }

    @Test
    void firstOfDecemberBelongsToTheFirstQuarterOfTheNextYear() {
        LocalDate day = LocalDate.of(2025, 12, 1);
        assertThat(calendar.periodOf(day).id()).isEqualTo("2026Q1");
        PeriodWindow window = calendar.windowOf(period("2026Q1"));
        assertThat(window.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(window.dueBefore()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void lastOfNovemberClosesTheFourthQuarter() {
        LocalDate day = LocalDate.of(2025, 11, 30);
        assertThat(calendar.periodOf(day).id()).isEqualTo("2025Q4");
        PeriodWindow window = calendar.windowOf(period("2025Q4"));
        assertThat(window.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(window.dueBefore()).isEqualTo(LocalDate.of(2025, 12, 5));
    }

    @Test
    void middleQuartersFollowTheCalendarMonths() {
        assertThat(calendar.periodOf(LocalDate.of(2025, 4, 1)).id()).isEqualTo("2025Q2");
        assertThat(calendar.periodOf(LocalDate.of(2025, 6, 30)).id()).isEqualTo("2025Q2");
        assertThat(calendar.windowOf(period("2025Q2")).dueBefore()).isEqualTo(LocalDate.of(2025, 7, 5));
        assertThat(calendar.periodOf(LocalDate.of(2025, 9, 30)).id()).isEqualTo("2025Q3");
        assertThat(calendar.windowOf(period("2025Q3")).dueBefore()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(calendar.periodOf(LocalDate.of(2026, 1, 15)).id()).isEqualTo("2026Q1");
    }

    @Test
    void halvesAndYearsAreUnionsOfTheirQuarters() {
        PeriodWindow s1 = calendar.windowOf(period("2025S1"));
        assertThat(s1.from()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(s1.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(s1.dueBefore()).isEqualTo(LocalDate.of(2025, 7, 5));
        PeriodWindow year = calendar.windowOf(period("2025"));
        assertThat(year.from()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(year.dueBefore()).isEqualTo(LocalDate.of(2025, 12, 5));
    }

    @Test
    void aMonthIsDueWithTheQuarterItFallsIn() {
        PeriodWindow december = calendar.windowOf(period("2025-12"));
        assertThat(december.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(december.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(december.dueBefore()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void daysLeftCountsToTheDueDate() {
        assertThat(calendar.daysLeft(period("2025Q4"), LocalDate.of(2025, 12, 1))).isEqualTo(4);
        assertThat(calendar.daysLeft(period("2025Q4"), LocalDate.of(2025, 12, 6))).isEqualTo(-1);
    }

    @Test
    void nextDueIsThePreviousQuarterUntilItsDeadlinePasses() {
        assertThat(calendar.nextDue(LocalDate.of(2025, 12, 1)).id()).isEqualTo("2025Q4");
        assertThat(calendar.nextDue(LocalDate.of(2025, 12, 4)).id()).isEqualTo("2025Q4");
        assertThat(calendar.nextDue(LocalDate.of(2025, 12, 5)).id()).isEqualTo("2026Q1");
        assertThat(calendar.nextDue(LocalDate.of(2026, 4, 2)).id()).isEqualTo("2026Q1");
        assertThat(calendar.nextDue(LocalDate.of(2026, 4, 3)).id()).isEqualTo("2026Q2");
    }

    @Test
    void periodIdsParseAndMalformedOnesAreRefused() {
        assertThat(Period.parse("2025").orElseThrow().type()).isEqualTo(PeriodType.YEAR);
        assertThat(Period.parse("2025S2").orElseThrow().type()).isEqualTo(PeriodType.HALF);
        assertThat(Period.parse("2025Q3").orElseThrow().index()).isEqualTo(3);
        assertThat(Period.parse("2025-09").orElseThrow().id()).isEqualTo("2025-09");
        assertThat(Period.parse("2025Q5")).isEmpty();
        assertThat(Period.parse("2025-13")).isEmpty();
        assertThat(Period.parse("Q3/2025")).isEmpty();
        assertThat(Period.parse("2025S3")).isEmpty();
    }
}
