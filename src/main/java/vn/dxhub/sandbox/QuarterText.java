package vn.dxhub.sandbox;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dxhub.catalog.Period;

/** Reads the quarter a simulator is asked for: "2025Q3" (hub id), "Q3/2025", "2025-Q3" or "Quý III/2025". */
final class QuarterText {

    private static final Pattern HUB = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern SLASH = Pattern.compile("Q([1-4])/(\\d{4})");
    private static final Pattern DASH = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern ROMAN = Pattern.compile("QUÝ (I|II|III|IV)/(\\d{4})");
    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV");

    private QuarterText() {}

    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m;
        if ((m = HUB.matcher(s)).matches() || (m = DASH.matcher(s)).matches()) {
            return Optional.of(Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = SLASH.matcher(s)).matches()) {
            return Optional.of(Period.quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        if ((m = ROMAN.matcher(s)).matches()) {
            return Optional.of(Period.quarter(Integer.parseInt(m.group(2)), NUMERALS.indexOf(m.group(1)) + 1));
        }
        return Optional.empty();
    }
}
