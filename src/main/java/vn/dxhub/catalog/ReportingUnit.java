package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A unit that reports indicator values: a province (valid between two dates, with the unit that
 * succeeded it) or a ministry/agency. {@code id} is unique across all units and validity periods.
 */
public record ReportingUnit(
        String id,
        String code,
        String name,
        String prefix,
        Kind kind,
        LocalDate validFrom,
        LocalDate validTo,
        String successor,
        String parent,
        List<String> aliases) {

    public enum Kind {
        PROVINCE, MINISTRY, AGENCY;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the unit existed on any day of the window. */
    public boolean validDuring(PeriodWindow window) {
        return window.overlaps(validFrom, validTo);
    }

    public String fullName() {
        return prefix == null || prefix.isBlank() ? name : prefix + " " + name;
    }
}
