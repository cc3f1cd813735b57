package vn.dxhub.mapping.convert;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts Vietnamese text into one form so that names match whatever form a source sends.
 *
 * <p>"Hà Nội" can arrive composed (NFC) or decomposed (NFD), with non-breaking spaces from Excel, a
 * byte-order mark from a CSV file, or doubled spaces. The hub stores names in NFC
 * ({@link #nfc(String)}); loose comparisons such as matching a status word or a period expression use
 * a key without diacritics ({@link #foldKey(String)}), so "Quý", "quy" and "QUÝ" in NFD are equal.
 */
public final class TextNormalizer {

    /** Zero-width characters and the byte-order mark: invisible, never meaningful in a value. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    /** Every kind of space, including no-break (U+00A0), figure (U+2007) and narrow no-break (U+202F). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNormalizer() {}

    /** The text in NFC, trimmed, with every run of spaces (of any kind) collapsed to one ASCII space. */
    public static ConversionResult<String> nfc(String text) {
        String s = squeeze(text);
        return s.isEmpty() ? ConversionResult.empty() : ConversionResult.ok(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    /**
     * A key for loose comparison: as {@link #nfc(String)}, lower case, without diacritics, with "đ"
     * as "d". "Thành phố Hồ Chí Minh" becomes "thanh pho ho chi minh".
     */
    public static ConversionResult<String> foldKey(String text) {
        String s = fold(text);
        return s.isEmpty() ? ConversionResult.empty() : ConversionResult.ok(s);
    }

    /** Whether two texts have the same {@link #foldKey(String) fold key}; two blanks are not the same. */
    public static boolean sameKey(String a, String b) {
        String key = fold(a);
        return !key.isEmpty() && key.equals(fold(b));
    }

    /** The fold key, or "" for null or blank text. */
    static String fold(String text) {
        String s = squeeze(text);
        if (s.isEmpty()) {
            return s;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(s).replaceAll("").replace('đ', 'd');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Trimmed, invisible characters removed, all spaces collapsed to one ASCII space; "" for null. */
    static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        String s = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The text as it may be quoted in a message: trimmed, but otherwise as the source sent it. */
    static String quote(String text) {
        return "'" + (text == null ? "" : text.strip()) + "'";
    }
}
