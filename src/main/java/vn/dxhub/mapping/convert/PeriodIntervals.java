package vn.dxhub.mapping.convert;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodType;
import vn.dxhub.catalog.ReportingCalendar;

/**
 * Reads an ISO 8601 date interval ({@code 2025-07-01/2025-09-30}, dates or date-times) as a hub period id, by the
 * hub's reporting calendar. FHIR reports carry their period this way, and a source's quarter need not be the hub's:
 * a calendar quarter (Oct 1 - Dec 31) and a hub quarter (Oct 1 - Nov 30, or Dec 1 - Mar 31 for Q1) must both land in
 * the hub quarter they are about.
 *
 * <p>Exactly one calendar month gives the month ({@code 2025-09}). Otherwise the interval's length in days decides
 * its kind, and the hub period containing its midpoint decides which one: 60..125 days is a quarter, 150..215 a
 * half (the hub's first half, December to June, is 212 days), 330..400 a year. Any other length is refused with the value, rather than guessed. Date-times are read in
 * the calendar's time zone (a period ending 2025-09-30T17:00:00Z ends on 2025-10-01 in Vietnam).
 */
public final class PeriodIntervals {

    private static final Pattern INTERVAL = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}[^/\\s]*\\s*/\\s*\\d{4}-\\d{2}-\\d{2}[^/\\s]*\\s*");

    private PeriodIntervals() {}

    /** Whether the text is written as a date interval (start/end), so that it is read here rather than as a period expression. */
    public static boolean isInterval(String text) {
        return text != null && INTERVAL.matcher(text).matches();
    }

    /** The hub period id of the interval, e.g. "2025-10-01/2025-12-31" gives "2025Q4". */
    public static ConversionResult<String> parse(String text, ReportingCalendar calendar) {
        if (text == null || text.isBlank()) {
            return ConversionResult.empty();
        }
        String quoted = TextNormalizer.quote(text);
        String[] ends = text.strip().split("\\s*/\\s*");
        if (ends.length != 2) {
            return refused(quoted, "cần dạng ngày-bắt-đầu/ngày-kết-thúc", "it must be start/end");
        }
        Optional<LocalDate> start = day(ends[0], calendar);
        Optional<LocalDate> end = day(ends[1], calendar);
        if (start.isEmpty() || end.isEmpty()) {
            return refused(quoted, "ngày không hợp lệ (yyyy-MM-dd hoặc ngày giờ ISO 8601)", "a date is not valid (yyyy-MM-dd or an ISO 8601 date-time)");
        }
        if (end.get().isBefore(start.get())) {
            return refused(quoted, "ngày kết thúc trước ngày bắt đầu", "it ends before it starts");
        }
        return period(start.get(), end.get(), calendar, quoted);
    }

    private static ConversionResult<String> period(LocalDate start, LocalDate end, ReportingCalendar calendar, String quoted) {
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return ConversionResult.ok(new Period(PeriodType.MONTH, start.getYear(), start.getMonthValue()).id());
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        LocalDate midpoint = start.plusDays((days - 1) / 2);
        Period quarter = calendar.periodOf(midpoint);
        if (days >= 60 && days <= 125) {
            return ConversionResult.ok(quarter.id());
        }
        if (days >= 150 && days <= 215) {
            return ConversionResult.ok(halfContaining(midpoint, quarter.year(), calendar).id());
        }
        if (days >= 330 && days <= 400) {
            return ConversionResult.ok(Integer.toString(quarter.year()));
        }
        return refused(quoted, days + " ngày không phải một tháng, quý (60-125 ngày), nửa năm (150-215) hay năm (330-400)",
                days + " days is not a month, a quarter (60-125 days), a half (150-215) or a year (330-400)");
    }

    /** The half of {@code year} whose window holds the date (halves are unions of quarters, defined in the calendar). */
    private static Period halfContaining(LocalDate date, int year, ReportingCalendar calendar) {
        Period first = new Period(PeriodType.HALF, year, 1);
        return calendar.windowOf(first).contains(date) ? first : new Period(PeriodType.HALF, year, 2);
    }

    private static Optional<LocalDate> day(String text, ReportingCalendar calendar) {
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text));
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(calendar.timeZone()).toLocalDate());
            }
            return Optional.of(LocalDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ConversionResult<String> refused(String quoted, String whyVi, String whyEn) {
        return ConversionResult.failed(quoted + " không phải khoảng thời gian của kỳ báo cáo: " + whyVi,
                quoted + " is not a reporting-period interval: " + whyEn);
    }
}
