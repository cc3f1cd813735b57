package vn.dxhub.mapping.convert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and date-times as Vietnamese sources write them: day first, "05/10/2025" is the 5th of
 * October. ISO-8601 is accepted too, because JSON APIs use it.
 *
 * <p>Dates are checked strictly: "31/02/2025" is refused, not moved to March. A date-time without an
 * offset is local time in Vietnam ({@link #VIETNAM}, the zone of the reporting calendar) unless
 * the caller names another zone.
 */
public final class VietnameseDates {

    /** Asia/Ho_Chi_Minh: the zone of a date-time that carries no offset. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** d/M/yyyy or d-M-yyyy, day and month with one or two digits, the same separator twice. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_FIRST_TIME = Pattern.compile(
            "(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    /** ISO date and time; a space instead of "T" is accepted, as SQL tools print it. */
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d.*)");

    private VietnameseDates() {}

    /** The date in "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy" or ISO "yyyy-MM-dd". */
    public static ConversionResult<LocalDate> parse(String text) {
        String s = TextNormalizer.squeeze(text);
        if (s.isEmpty()) {
            return ConversionResult.empty();
        }
        String q = TextNormalizer.quote(text);
        Matcher m = DAY_FIRST.matcher(s);
        Matcher iso = ISO_DATE.matcher(s);
        if (!m.matches() && !iso.matches()) {
            return ConversionResult.failed(q + " không phải ngày dạng dd/MM/yyyy",
                    q + " is not a date in the form dd/MM/yyyy");
        }
        try {
            return ConversionResult.ok(m.matches()
                    ? LocalDate.of(num(m, 4), num(m, 3), num(m, 1))
                    : LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
        } catch (DateTimeException e) {
            return ConversionResult.failed(q + " không phải ngày có thật", q + " is not a real date");
        }
    }

    /** As {@link #parseDateTime(String, ZoneId)} in {@link #VIETNAM}. */
    public static ConversionResult<Instant> parseDateTime(String text) {
        return parseDateTime(text, VIETNAM);
    }

    /**
     * The instant in "dd/MM/yyyy HH:mm:ss" (seconds optional, "-" also accepted between date parts) or
     * in ISO-8601 ("2025-10-05T08:30:00+07:00", "...Z", or without offset). A time without an offset
     * is read in {@code zone}.
     */
    public static ConversionResult<Instant> parseDateTime(String text, ZoneId zone) {
        String s = TextNormalizer.squeeze(text);
        if (s.isEmpty()) {
            return ConversionResult.empty();
        }
        String q = TextNormalizer.quote(text);
        Matcher m = DAY_FIRST_TIME.matcher(s);
        Matcher iso = ISO_DATE_TIME.matcher(s);
        try {
            if (m.matches()) {
                int second = m.group(7) == null ? 0 : num(m, 7);
                LocalDateTime local = LocalDateTime.of(num(m, 4), num(m, 3), num(m, 1), num(m, 5), num(m, 6), second);
                return ConversionResult.ok(local.atZone(zone).toInstant());
            }
            if (iso.matches()) {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso.group(1) + "T" + iso.group(2));
                Instant instant = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? ZonedDateTime.from(parsed).toInstant()
                        : LocalDateTime.from(parsed).atZone(zone).toInstant();
                return ConversionResult.ok(instant);
            }
        } catch (DateTimeParseException e) {
            if (e.getCause() != null) {
                return notARealDateTime(q);
            }
        } catch (DateTimeException e) {
            return notARealDateTime(q);
        }
        return ConversionResult.failed(q + " không phải ngày giờ dạng dd/MM/yyyy HH:mm:ss hay ISO-8601",
                q + " is not a date-time in the form dd/MM/yyyy HH:mm:ss or ISO-8601");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ConversionResult<Instant> notARealDateTime(String quoted) {
        return ConversionResult.failed(quoted + " không phải ngày giờ có thật", quoted + " is not a real date-time");
    }
}
