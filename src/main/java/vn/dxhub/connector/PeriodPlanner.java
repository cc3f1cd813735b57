package vn.dxhub.connector;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodSteps;
import vn.dxhub.catalog.ReportingCalendar;

/**
 * Which quarters a run fetches. Every quarter after the watermark up to the current one, so a run after
 * downtime catches up; the watermark only passes a quarter once its deadline is over, because values
 * (provisional, then official) keep changing until then.
 */
final class PeriodPlanner {

    private final ReportingCalendar calendar;

    PeriodPlanner(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    List<Period> periodsToFetch(Optional<String> watermark, String startPeriod, LocalDate today) {
        Period current = calendar.periodOf(today);
        Period first = watermark.flatMap(Period::parse).map(PeriodSteps::nextQuarter)
                .or(() -> Optional.ofNullable(startPeriod).filter(s -> !s.isBlank()).flatMap(Period::parse))
                .orElse(PeriodSteps.previous(current));
        return PeriodSteps.quarters(first, current);
    }

    /** A fetched quarter can become the watermark once its report deadline has passed. */
    boolean isClosed(Period quarter, LocalDate today) {
        return !today.isBefore(calendar.windowOf(quarter).dueBefore());
    }
}
