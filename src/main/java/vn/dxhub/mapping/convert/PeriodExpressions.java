package vn.dxhub.mapping.convert;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reporting period however a source writes it and returns the hub's period id: {@code 2025}
 * (year), {@code 2025S1}/{@code 2025S2} (half), {@code 2025Q1}..{@code 2025Q4} (quarter) or
 * {@code 2025-09} (month).
 *
 * <p>Sources write the same quarter as "Q3/2025", "2025-Q3", "Quý III/2025" or "quy 3 nam 2025".
 * The text is compared without case, diacritics or extra spaces (see {@link TextNormalizer#foldKey}),
 * so NFC, NFD and unaccented text all work. Quarters may be Roman numerals I..IV.
 *
 * <p>Cumulative reports ("N tháng đầu năm", or just "N tháng") are filed as the report that closes
 * them. <b>"9 tháng 2025" and "9 tháng đầu năm 2025" (the first nine months) are {@code 2025Q3}</b>,
 * "3 tháng đầu năm" is Q1, "6 tháng đầu năm" is S1 and "12 tháng" is the year. "6 tháng cuối năm"
 * is S2 and "3 tháng cuối năm" is Q4. Other month counts are refused. Note the word order: "tháng 9"
 * is September, "9 tháng" is nine months.
 */
public final class PeriodExpressions {

    private static final String NUMBER = "([0-9]{1,2}|[ivxlcdm]+)";
    private static final String YEAR = "(\\d{4})";
    private static final String SEP = "\\s*(?:[/.,-]\\s*)?(?:nam\\s*)?";

    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    private record Rule(Pattern pattern, BiFunction<Matcher, String, ConversionResult<String>> read) {
        Rule(String regex, BiFunction<Matcher, String, ConversionResult<String>> read) {
            this(Pattern.compile(regex), read);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("(?:quy|q)\\s*" + NUMBER + SEP + YEAR, (m, q) -> quarter(m.group(2), m.group(1), q)),
            new Rule(YEAR + "\\s*[/.-]?\\s*(?:quy|q)\\s*" + NUMBER, (m, q) -> quarter(m.group(1), m.group(2), q)),
            new Rule("[sh]\\s*" + NUMBER + SEP + YEAR, (m, q) -> half(m.group(2), m.group(1), q)),
            new Rule(YEAR + "\\s*[/.-]?\\s*[sh]\\s*" + NUMBER, (m, q) -> half(m.group(1), m.group(2), q)),
            new Rule("([0-9]{1,2})\\s*thang(?:\\s*(dau|cuoi))?(?:\\s*nam)?\\s*[/-]?\\s*" + YEAR,
                    (m, q) -> cumulative(m.group(3), m.group(1), "cuoi".equals(m.group(2)), q)),
            new Rule("(?:thang|t)\\s*([0-9]{1,2})" + SEP + YEAR, (m, q) -> month(m.group(2), m.group(1), q)),
            new Rule("([0-9]{1,2})\\s*[/.-]\\s*" + YEAR, (m, q) -> month(m.group(2), m.group(1), q)),
            new Rule(YEAR + "\\s*[/-]\\s*([0-9]{1,2})", (m, q) -> month(m.group(1), m.group(2), q)),
            new Rule("(?:ca\\s*)?(?:nam\\s*)?" + YEAR, (m, q) -> ConversionResult.ok(m.group(1))));

    private PeriodExpressions() {}

    /** The hub's period id for {@code text}, e.g. "Quý III/2025" gives "2025Q3". */
    public static ConversionResult<String> parse(String text) {
        String key = TextNormalizer.fold(text);
        if (key.isEmpty()) {
            return ConversionResult.empty();
        }
        String quoted = TextNormalizer.quote(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(key);
            if (m.matches()) {
                return rule.read().apply(m, quoted);
            }
        }
        return ConversionResult.failed(
                quoted + " không phải kỳ báo cáo (ví dụ: Q3/2025, Quý III/2025, Tháng 9/2025, Năm 2025)",
                quoted + " is not a reporting period (for example: Q3/2025, Quý III/2025, Tháng 9/2025, Năm 2025)");
    }

    private static ConversionResult<String> quarter(String year, String number, String quoted) {
        int quarter = number(number);
        return quarter >= 1 && quarter <= 4 ? ConversionResult.ok(year + "Q" + quarter)
                : invalid(quoted, "quý phải từ 1 (I) đến 4 (IV)", "the quarter must be 1 (I) to 4 (IV)");
    }

    private static ConversionResult<String> half(String year, String number, String quoted) {
        int half = number(number);
        return half == 1 || half == 2 ? ConversionResult.ok(year + "S" + half)
                : invalid(quoted, "nửa năm phải là 1 hoặc 2", "the half must be 1 or 2");
    }

    private static ConversionResult<String> month(String year, String number, String quoted) {
        int month = Integer.parseInt(number);
        return month >= 1 && month <= 12 ? ConversionResult.ok(String.format("%s-%02d", year, month))
                : invalid(quoted, "tháng phải từ 1 đến 12", "the month must be 1 to 12");
    }

    private static ConversionResult<String> cumulative(String year, String months, boolean last, String quoted) {
        String suffix = switch ((last ? "last" : "first") + Integer.parseInt(months)) {
            case "first3" -> "Q1";
            case "first6" -> "S1";
            case "first9" -> "Q3";
            case "first12" -> "";
            case "last6" -> "S2";
            case "last3" -> "Q4";
            default -> null;
        };
        return suffix != null ? ConversionResult.ok(year + suffix)
                : invalid(quoted, "chỉ nhận 3, 6, 9, 12 tháng đầu năm hoặc 3, 6 tháng cuối năm",
                        "only the first 3, 6, 9 or 12 months or the last 3 or 6 months make a period");
    }

    /** A quarter or half number in digits or Roman numerals; 0 when it is neither. */
    private static int number(String text) {
        return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : ROMAN.getOrDefault(text, 0);
    }

    private static ConversionResult<String> invalid(String quoted, String whyVi, String whyEn) {
        return ConversionResult.failed(quoted + " không phải kỳ báo cáo: " + whyVi,
                quoted + " is not a reporting period: " + whyEn);
    }
}
