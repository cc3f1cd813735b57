package vn.dxhub.catalog;

import java.time.LocalDate;

/** The dates a reporting period covers and the date its report must be sent before. */
public record PeriodWindow(Period period, LocalDate from, LocalDate to, LocalDate dueBefore) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return (otherTo == null || !otherTo.isBefore(from)) && (otherFrom == null || !otherFrom.isAfter(to));
    }
}
