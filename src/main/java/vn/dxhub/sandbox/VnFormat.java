package vn.dxhub.sandbox;

import java.text.Normalizer;
import java.time.LocalDate;
import vn.dxhub.catalog.Period;

/** How the Vietnamese source systems write numbers, dates and periods: "87,5", "1.234.567", "05/10/2025", "Quý III/2025". */
final class VnFormat {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private VnFormat() {}

    /** One decimal with a decimal comma: 87.46 -> "87,5". */
    static String decimal1(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + (tenths / 10) + "," + (tenths % 10);
    }

    /** Dots between thousands: 1234567 -> "1.234.567". */
    static String thousands(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** dd/MM/yyyy, built by hand because the dossier simulator formats millions of dates. */
    static String date(LocalDate date) {
        char[] c = new char[10];
        two(c, 0, date.getDayOfMonth());
        c[2] = '/';
        two(c, 3, date.getMonthValue());
        c[5] = '/';
        four(c, 6, date.getYear());
        return new String(c);
    }

    /** dd/MM/yyyy HH:mm:ss. */
    static String dateTime(LocalDate date, int secondOfDay) {
        char[] c = new char[19];
        two(c, 0, date.getDayOfMonth());
        c[2] = '/';
        two(c, 3, date.getMonthValue());
        c[5] = '/';
        four(c, 6, date.getYear());
        c[10] = ' ';
        two(c, 11, secondOfDay / 3600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        return new String(c);
    }

    /** A quarter as the sources write it; style 0 "Quý III/2025", 1 "Q3/2025", 2 "2025-Q3". */
    static String quarter(Period quarter, int style) {
        return switch (style % 3) {
            case 0 -> "Quý " + ROMAN[quarter.index() - 1] + "/" + quarter.year();
            case 1 -> "Q" + quarter.index() + "/" + quarter.year();
            default -> quarter.year() + "-Q" + quarter.index();
        };
    }

    /** The decomposed (NFD) form some systems send: "Hà Nội" as "Ha\u0300 Nô\u0323\u0302i". */
    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10 % 10);
        c[at + 1] = (char) ('0' + value % 10);
    }

    private static void four(char[] c, int at, int value) {
        two(c, at, value / 100);
        two(c, at + 2, value % 100);
    }
}
