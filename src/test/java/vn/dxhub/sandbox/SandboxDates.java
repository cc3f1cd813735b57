package vn.dxhub.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Reads the simulators' dd/MM/yyyy dates in tests. */
final class SandboxDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SandboxDates() {}

    static LocalDate day(String text) {
        return LocalDate.parse(text.substring(0, 10), DAY);
    }

    static boolean notAfter(String a, String b) {
        return !day(a).isAfter(day(b));
    }
}
