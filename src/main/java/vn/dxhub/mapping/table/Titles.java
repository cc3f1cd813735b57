package vn.dxhub.mapping.table;

import java.util.Locale;
import vn.dxhub.mapping.convert.TextNormalizer;

/** How column titles, labels and sheet names are compared: NFC, case-insensitive, runs of spaces (line breaks too) collapsed. */
final class Titles {

    private Titles() {}

    static String key(String text) {
        return TextNormalizer.nfc(text).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The text in NFC, trimmed, spaces collapsed; "" for null or blank. */
    static String clean(String text) {
        return TextNormalizer.nfc(text).orElse("");
    }

    static boolean startsWithAny(String text, java.util.List<String> prefixes) {
        String k = key(text);
        return !k.isEmpty() && prefixes.stream().map(Titles::key).anyMatch(p -> !p.isEmpty() && k.startsWith(p));
    }
}
