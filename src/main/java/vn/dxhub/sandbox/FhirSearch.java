package vn.dxhub.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dxhub.catalog.PeriodWindow;

/**
 * A MeasureReport search as a FHIR server reads it: {@code period} with prefixes ge, gt, le, lt, eq (date search on a
 * Period: the report's period must reach the given day), {@code measure} (canonical URLs, comma = or, with or without
 * the version), {@code _count} (page size, default 20, at most 100; 0 = only the total) and {@code _offset} (the
 * paging position of the server's own next links). Other parameters are ignored, as lenient servers do.
 */
final class FhirSearch {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private static final Pattern DATE_PARAM = Pattern.compile("(ge|gt|le|lt|eq)?(\\d{4}-\\d{2}-\\d{2})");

    private record DateBound(String prefix, LocalDate day) {

        boolean admits(LocalDate start, LocalDate end) {
            return switch (prefix) {
                case "ge" -> !end.isBefore(day);
                case "gt" -> end.isAfter(day);
                case "le" -> !start.isAfter(day);
                case "lt" -> start.isBefore(day);
                default -> !start.isAfter(day) && !end.isBefore(day);
            };
        }
    }

    private final List<DateBound> period;
    private final List<String> measures;
    final int count;
    final int offset;

    private FhirSearch(List<DateBound> period, List<String> measures, int count, int offset) {
        this.period = period;
        this.measures = measures;
        this.count = count;
        this.offset = offset;
    }

    /** Reads the query; a value the server cannot use is an {@link IllegalArgumentException} with the reason (answered 400). */
    static FhirSearch of(Map<String, String[]> params) {
        List<DateBound> period = new ArrayList<>();
        for (String value : params.getOrDefault("period", new String[0])) {
            Matcher m = DATE_PARAM.matcher(value.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("Invalid date/time format for parameter period: \"" + value + "\" (use ge2025-07-01, le2025-09-30)");
            }
            try {
                period.add(new DateBound(m.group(1) == null ? "eq" : m.group(1), LocalDate.parse(m.group(2))));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid date for parameter period: \"" + value + "\"");
            }
        }
        List<String> measures = new ArrayList<>();
        for (String value : params.getOrDefault("measure", new String[0])) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(measures::add);
        }
        int count = number(params, "_count", DEFAULT_COUNT);
        int offset = number(params, "_offset", 0);
        return new FhirSearch(period, measures, Math.min(count, MAX_COUNT), offset);
    }

    private static int number(Map<String, String[]> params, String name, int fallback) {
        String[] values = params.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(values[0].strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for parameter " + name + ": \"" + values[0] + "\" (a whole number of 0 or more)");
        }
    }

    boolean matches(FhirReports.Key key, PeriodWindow window) {
        return period.stream().allMatch(b -> b.admits(window.from(), window.to()))
                && (measures.isEmpty() || measures.stream().anyMatch(m -> m.equals(key.measure().url()) || m.equals(key.measure().canonical())));
    }
}
