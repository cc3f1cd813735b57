package vn.dxhub.sandbox;

import java.time.LocalDate;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;

/**
 * How a source labels a quarter's figures: provisional ("Tạm tính") for the current and the last
 * finished quarter, official ("Chính thức") for older ones, and when it last updated them.
 */
final class ReportStatus {

    static final String PROVISIONAL = "Tạm tính";
    static final String OFFICIAL = "Chính thức";

    private final ReportingCalendar calendar;

    ReportStatus(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    boolean provisional(Period quarter) {
        Period current = calendar.periodOf(calendar.today());
        Period previous = calendar.periodOf(calendar.windowOf(current).from().minusDays(1));
        return quarter.compareTo(previous) >= 0;
    }

    String label(Period quarter) {
        return provisional(quarter) ? PROVISIONAL : OFFICIAL;
    }

    /** A source has no figures for a quarter that has not started. */
    boolean started(Period quarter) {
        return !calendar.windowOf(quarter).from().isAfter(calendar.today());
    }

    PeriodWindow window(Period quarter) {
        return calendar.windowOf(quarter);
    }

    /** Provisional figures are updated just before the deadline, official ones some weeks after; never in the future. */
    LocalDate updatedOn(Period quarter, long hash) {
        LocalDate due = calendar.windowOf(quarter).dueBefore();
        LocalDate day = provisional(quarter) ? due.minusDays(1 + Mix.below(hash, 4)) : due.plusDays(20 + Mix.below(hash, 30));
        LocalDate today = calendar.today();
        return day.isAfter(today) ? today : day;
    }
}
