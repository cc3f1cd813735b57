package vn.dxhub.ops;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The WHERE clause of a filtered list: fixed SQL conditions, each with its value as a bind parameter, so no request
 * text ever becomes SQL. Also reads the filter parameters lists share (a state from a fixed set, a date or instant),
 * refusing a bad one with 400 naming the parameter.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} (which names {@code :name}) when the value is given. */
    public Filters when(Object value, String condition, String name) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** A case-insensitive "contains" on a text column. */
    public Filters contains(String text, String column, String name) {
        return when(text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%", "lower(" + column + ") like :" + name, name);
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The filter's parameters and the page's. */
    public Map<String, Object> params(Paging paging) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("offset", paging.offset());
        all.put("limit", paging.limit());
        return all;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A value from a fixed set (lower case), or null when absent. */
    public static String oneOf(String name, String raw, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new InvalidRequestException(name, raw, name + " phải là một trong " + allowed, name + " must be one of " + allowed);
        }
        return value;
    }

    /**
     * The start of a date (YYYY-MM-DD, in the hub's time zone) or an instant (2025-10-01T08:00:00Z); with {@code endOfDay}
     * a date means up to its end, so from=to=a day lists that day.
     */
    public static Timestamp time(String name, String raw, ZoneId zone, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                return Timestamp.from((endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant());
            }
            return Timestamp.from(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, raw, name + " phải có dạng YYYY-MM-DD hoặc 2025-10-01T08:00:00Z",
                    name + " must be YYYY-MM-DD or an instant like 2025-10-01T08:00:00Z");
        }
    }

    static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
