package vn.dxhub.completeness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a period's report is due: "due before 05/12" means before the first moment of 5 December in the calendar's time
 * zone. Days and hours left are whole units of the time remaining (never negative); {@code passed} once it is over.
 */
public record Deadline(String period, LocalDate dueBefore, Instant at, long daysLeft, long hoursLeft, boolean passed) {

    public static Deadline of(String period, LocalDate dueBefore, ZoneId zone, Instant now) {
        Instant at = dueBefore.atStartOfDay(zone).toInstant();
        Duration left = Duration.between(now, at);
        if (left.isNegative() || left.isZero()) {
            return new Deadline(period, dueBefore, at, 0, 0, true);
        }
        return new Deadline(period, dueBefore, at, left.toDays(), left.toHoursPart(), false);
    }

    /** Whether the deadline is still ahead but at most {@code days} days away at {@code now}: the alert window. */
    public boolean within(int days, Instant now) {
        return now.isBefore(at) && !now.isBefore(at.minus(Duration.ofDays(days)));
    }
}
