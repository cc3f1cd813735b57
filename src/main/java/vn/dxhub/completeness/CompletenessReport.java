package vn.dxhub.completeness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/** The completeness grid of a period for one kind of unit, read from the reference data and the stored values. */
@Service
public class CompletenessReport {

    private final ReportingUnits units;
    private final ReportingCalendar calendar;
    private final ExpectedIndicators expected;
    private final CurrentValues values;

    CompletenessReport(IndicatorCatalog catalog, ReportingUnits units, ReportingCalendar calendar, CurrentValues values) {
        this.units = units;
        this.calendar = calendar;
        this.expected = new ExpectedIndicators(catalog);
        this.values = values;
    }

    /** The period whose report is due next on the clock's day: the one operations staff are chasing. */
    public Period dueNext(Clock clock) {
        return calendar.nextDue(LocalDate.now(clock.withZone(calendar.timeZone())));
    }

    public CompletenessGrid grid(Period period, ReportingUnit.Kind kind, Clock clock) {
        PeriodWindow window = calendar.windowOf(period);
        List<ReportingUnit> reporting = units.all().stream()
                .filter(u -> u.kind() == kind && u.validDuring(window))
                .sorted(Comparator.comparing(ReportingUnit::code))
                .toList();
        Deadline deadline = Deadline.of(period.id(), window.dueBefore(), calendar.timeZone(), clock.instant());
        return CompletenessGrid.build(period, kind, deadline, reporting, expected, values.of(period.id()));
    }
}
