package vn.dxhub.mapping.convert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads numbers written the Vietnamese way, the English way or as JSON.
 *
 * <p>Vietnamese writes "1.234.567,89": dots group thousands and the comma is the decimal mark.
 * English systems and JSON write "1,234,567.89". Excel and Word often group with spaces or no-break
 * spaces: "1 234 567". The rules are:
 * <ul>
 *   <li>With both a dot and a comma, the last one is the decimal mark. It must appear once, and the
 *       other one must group thousands correctly: "1.234.567,89" and "1,234,567.89".</li>
 *   <li>The same mark two or more times groups thousands: "1.234.567" and "1,234,567". Every group
 *       after the first must have exactly three digits, so "1,2,3,4" is refused.</li>
 *   <li>A single comma is a decimal mark: "87,5" is 87.5. <b>So is "1,234", which is 1.234.</b>
 *       When a text is ambiguous, the Vietnamese reading wins.</li>
 *   <li>A single dot followed by anything but exactly three digits is a decimal mark: "87.5" is 87.5.
 *       <b>A single dot followed by exactly three digits is ambiguous. It is read the Vietnamese way,
 *       as thousands: "12.345" is 12345 and "100.000" is 100000.</b> The exception is a first group
 *       that cannot start a grouped number ("0.125" or "1234.567"); then the dot is a decimal mark.
 *       A source that sends English decimals with exactly three places must say so in its mapping.</li>
 *   <li>Spaces of any kind only group thousands, and can be combined with one decimal mark: "1 234,5".</li>
 *   <li>A leading "-", "+" or "−" (U+2212) sign and a trailing "%" (with or without a space) are
 *       allowed. JSON numbers with an exponent ("1.5E3") are read as JSON.</li>
 * </ul>
 * The value keeps the scale written: "87,50" is 87.50.
 */
public final class VietnameseNumbers {

    private static final Pattern EXPONENT = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("\\d+([., ]\\d+)*");
    private static final Pattern LEADING_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d{3}");

    private VietnameseNumbers() {}

    /** The number in {@code text}; a trailing percent sign is accepted and dropped ("86,97%" is 86.97). */
    public static ConversionResult<BigDecimal> parse(String text) {
        return parseWithPercent(text).map(ParsedNumber::value);
    }

    /** The number in {@code text}, and whether it ended with a percent sign. */
    public static ConversionResult<ParsedNumber> parseWithPercent(String text) {
        String s = TextNormalizer.squeeze(text);
        if (s.isEmpty()) {
            return ConversionResult.empty();
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        boolean negative = false;
        if (!s.isEmpty() && "-+\u2212".indexOf(s.charAt(0)) >= 0) {
            negative = s.charAt(0) != '+';
            s = s.substring(1).stripLeading();
        }
        ConversionResult<BigDecimal> magnitude = magnitude(s, text);
        if (!magnitude.isOk()) {
            return ConversionResult.failed(magnitude.messageVi(), magnitude.messageEn());
        }
        BigDecimal value = negative ? magnitude.value().negate() : magnitude.value();
        return ConversionResult.ok(new ParsedNumber(value, percent));
    }

    private static ConversionResult<BigDecimal> magnitude(String body, String original) {
        if (EXPONENT.matcher(body).matches()) {
            return ConversionResult.ok(new BigDecimal(body));
        }
        if (!DIGITS_AND_MARKS.matcher(body).matches()) {
            return notANumber(original, null, null);
        }
        List<String> groups = new ArrayList<>();
        List<Character> marks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isDigit(c)) {
                groups.add(body.substring(start, i));
                marks.add(c);
                start = i + 1;
            }
        }
        groups.add(body.substring(start));
        if (marks.isEmpty()) {
            return ConversionResult.ok(new BigDecimal(body));
        }
        Character decimal = decimalMark(groups, marks);
        if (decimal != null && marks.indexOf(decimal) != marks.size() - 1) {
            return notANumber(original, "dấu phân cách lẫn lộn", "its separators are mixed up");
        }
        List<String> integerGroups = decimal == null ? groups : groups.subList(0, groups.size() - 1);
        if (integerGroups.size() > 1 && !validThousands(integerGroups)) {
            return notANumber(original, "dấu phân cách hàng nghìn đặt sai", "its thousands separators are misplaced");
        }
        if (integerGroups.size() > 1 && marks.stream().distinct().count() > (decimal == null ? 1 : 2)) {
            return notANumber(original, "dấu phân cách lẫn lộn", "its separators are mixed up");
        }
        String digits = String.join("", integerGroups) + (decimal == null ? "" : "." + groups.get(groups.size() - 1));
        return ConversionResult.ok(new BigDecimal(digits));
    }

    /** The decimal mark, or null when every mark groups thousands. */
    private static Character decimalMark(List<String> groups, List<Character> marks) {
        char last = marks.get(marks.size() - 1);
        if (last == ' ') {
            return null;
        }
        if (marks.stream().anyMatch(m -> m != last)) {
            return last; // two kinds of mark: the last one is the decimal mark
        }
        if (marks.size() > 1) {
            return null; // the same mark repeated groups thousands
        }
        if (last == ',') {
            return last;
        }
        boolean looksLikeThousands = THOUSANDS_GROUP.matcher(groups.get(1)).matches()
                && LEADING_GROUP.matcher(groups.get(0)).matches();
        return looksLikeThousands ? null : Character.valueOf(last);
    }

    private static boolean validThousands(List<String> groups) {
        if (!LEADING_GROUP.matcher(groups.get(0)).matches()) {
            return false;
        }
        return groups.subList(1, groups.size()).stream().allMatch(g -> THOUSANDS_GROUP.matcher(g).matches());
    }

    private static ConversionResult<BigDecimal> notANumber(String original, String whyVi, String whyEn) {
        String quoted = TextNormalizer.quote(original);
        return whyVi == null
                ? ConversionResult.failed(quoted + " không phải số", quoted + " is not a number")
                : ConversionResult.failed(quoted + " không phải số: " + whyVi, quoted + " is not a number: " + whyEn);
    }
}
