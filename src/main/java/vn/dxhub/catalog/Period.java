package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period id: {@code 2025} (year), {@code 2025S1} (half), {@code 2025Q3} (quarter),
 * {@code 2025-09} (month). Its dates come from the {@link ReportingCalendar}, not from the id alone.
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})S([12])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");

    public static Optional<Period> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return match(YEAR, id, PeriodType.YEAR)
                .or(() -> match(HALF, id, PeriodType.HALF))
                .or(() -> match(QUARTER, id, PeriodType.QUARTER))
                .or(() -> match(MONTH, id, PeriodType.MONTH));
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    private static Optional<Period> match(Pattern pattern, String id, PeriodType type) {
        Matcher m = pattern.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int index = type == PeriodType.YEAR ? 0 : Integer.parseInt(m.group(2));
        return Optional.of(new Period(type, year, index));
    }

    @JsonValue
    public String id() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "S" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
        };
    }

    @Override
    public int compareTo(Period other) {
        return id().compareTo(other.id());
    }

    @Override
    public String toString() {
        return id();
    }
}
