package vn.dxhub.ops;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.LinkedTarget;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/** Read-only answers of the catalog and calendar API; the REST routes call it as a bean. */
@Component("catalogApi")
class CatalogApi {

    private final IndicatorCatalog catalog;
    private final ReportingUnits units;
    private final ReportingCalendar calendar;

    CatalogApi(IndicatorCatalog catalog, ReportingUnits units, ReportingCalendar calendar) {
        this.catalog = catalog;
        this.units = units;
        this.calendar = calendar;
    }

    public List<Indicator> indicators() {
        return catalog.indicators();
    }

    public List<LinkedTarget> targets() {
        return catalog.linkedTargets();
    }

    /** Units, optionally only one kind and only those valid on a date. */
    public List<ReportingUnit> units(@Header("kind") String kind, @Header("date") String date) {
        ReportingUnit.Kind wantedKind = kind == null || kind.isBlank() ? null : kind(kind);
        LocalDate on = date == null || date.isBlank() ? null : date(date);
        return units.all().stream()
                .filter(u -> wantedKind == null || u.kind() == wantedKind)
                .filter(u -> on == null || u.validOn(on))
                .toList();
    }

    /** The period a date falls in (today when no date is given), its window and deadline, and what is due next. */
    public CalendarAnswer calendar(@Header("date") String date) {
        LocalDate day = date == null || date.isBlank() ? calendar.today() : date(date);
        Period period = calendar.periodOf(day);
        PeriodWindow window = calendar.windowOf(period);
        Period nextDue = calendar.nextDue(day);
        return new CalendarAnswer(day, period.id(), window.from(), window.to(), window.dueBefore(),
                calendar.daysLeft(period, day), nextDue.id(), calendar.windowOf(nextDue).dueBefore(), calendar.daysLeft(nextDue, day));
    }

    /** Answer of GET /api/calendar. */
    record CalendarAnswer(LocalDate date, String period, LocalDate from, LocalDate to, LocalDate dueBefore, long daysLeft,
                          String nextDuePeriod, LocalDate nextDueBefore, long nextDueDaysLeft) {}

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date", raw, "ngày phải có dạng YYYY-MM-DD", "date must be YYYY-MM-DD");
        }
    }

    private static ReportingUnit.Kind kind(String raw) {
        try {
            return ReportingUnit.Kind.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", raw, "loại đơn vị phải là province, ministry hoặc agency",
                    "kind must be province, ministry or agency");
        }
    }
}
