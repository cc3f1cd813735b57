package vn.dxhub.catalog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The reporting calendar of {@code mappings/calendar.yaml}: which dates each quarter covers and the
 * date its report is due before. A half is the union of its quarters, a year the union of all four,
 * a month its calendar month, due with the quarter it falls in.
 */
public final class ReportingCalendar {

    /** One quarter's rule: it covers startMonth (of the previous year when startsPreviousYear) to endMonth, due before dueBefore. */
    public record QuarterRule(int quarter, int startMonth, boolean startsPreviousYear, int endMonth, MonthDay dueBefore) {}

    /** A half-year made of quarters. */
    public record HalfRule(int half, List<Integer> quarters) {}

    private final ZoneId timeZone;
    private final List<QuarterRule> quarters;
    private final List<HalfRule> halves;

    public ReportingCalendar(ZoneId timeZone, List<QuarterRule> quarters, List<HalfRule> halves) {
        this.timeZone = timeZone;
        this.quarters = quarters.stream().sorted(Comparator.comparingInt(QuarterRule::quarter)).toList();
        this.halves = List.copyOf(halves);
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public LocalDate today() {
        return LocalDate.now(timeZone);
    }

    /** The quarter a date falls in: 2025-12-01 is in 2026Q1 under the national calendar. */
    public Period periodOf(LocalDate date) {
        return Stream.of(date.getYear(), date.getYear() + 1)
                .flatMap(year -> quarters.stream().map(rule -> quarterWindow(year, rule)))
                .filter(window -> window.contains(date))
                .findFirst()
                .map(PeriodWindow::period)
                .orElseThrow(() -> new IllegalStateException("the calendar has no quarter covering " + date));
    }

    public PeriodWindow windowOf(Period period) {
        return switch (period.type()) {
            case QUARTER -> quarterWindow(period.year(), rule(period.index()));
            case HALF -> union(period, halfRule(period.index()).quarters());
            case YEAR -> union(period, IntStream.rangeClosed(1, 4).boxed().toList());
            case MONTH -> monthWindow(period);
        };
    }

    /** Days from {@code today} to the period's due date; 0 or less means the deadline has passed. */
    public long daysLeft(Period period, LocalDate today) {
        return ChronoUnit.DAYS.between(today, windowOf(period).dueBefore());
    }

    /** The quarter whose report is due next: on 2025-12-01 that is still 2025Q4 (due before 2025-12-05). */
    public Period nextDue(LocalDate today) {
        return Stream.of(today.getYear(), today.getYear() + 1)
                .flatMap(year -> quarters.stream().map(rule -> quarterWindow(year, rule)))
                .filter(window -> window.dueBefore().isAfter(today))
                .min(Comparator.comparing(PeriodWindow::dueBefore))
                .map(PeriodWindow::period)
                .orElseThrow(() -> new IllegalStateException("the calendar has no deadline after " + today));
    }

    private PeriodWindow quarterWindow(int year, QuarterRule rule) {
        LocalDate from = YearMonth.of(rule.startsPreviousYear() ? year - 1 : year, rule.startMonth()).atDay(1);
        LocalDate to = YearMonth.of(year, rule.endMonth()).atEndOfMonth();
        return new PeriodWindow(Period.quarter(year, rule.quarter()), from, to, rule.dueBefore().atYear(year));
    }

    private PeriodWindow union(Period period, List<Integer> quarterNumbers) {
        List<PeriodWindow> parts = quarterNumbers.stream().map(q -> quarterWindow(period.year(), rule(q))).toList();
        LocalDate from = parts.stream().map(PeriodWindow::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = parts.stream().map(PeriodWindow::to).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate due = parts.stream().map(PeriodWindow::dueBefore).max(Comparator.naturalOrder()).orElseThrow();
        return new PeriodWindow(period, from, to, due);
    }

    private PeriodWindow monthWindow(Period month) {
        YearMonth ym = YearMonth.of(month.year(), month.index());
        PeriodWindow quarter = windowOf(periodOf(ym.atDay(1)));
        return new PeriodWindow(month, ym.atDay(1), ym.atEndOfMonth(), quarter.dueBefore());
    }

    private QuarterRule rule(int quarter) {
        return quarters.stream().filter(r -> r.quarter() == quarter).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the calendar has no quarter " + quarter));
    }

    private HalfRule halfRule(int half) {
        return halves.stream().filter(r -> r.half() == half).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the calendar has no half " + half));
    }
}
