package vn.dxhub.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * How unit names are compared: NFC (sources send "Hà Nội" composed or decomposed), case-insensitive,
 * without the administrative prefixes "Tỉnh", "Thành phố", "TP.", and without "UBND" / "Ủy ban nhân dân" before
 * them, as a report form names the unit that sends it ("UBND tỉnh Lào Cai").
 */
final class UnitNames {

    private static final List<String> PREFIXES = List.of("thành phố ", "tỉnh ", "tp. ", "tp.", "tp ");
    private static final List<String> COUNCILS = List.of("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ");

    private UnitNames() {}

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String council : COUNCILS) {
            if (s.startsWith(council)) {
                s = s.substring(council.length()).strip();
                break;
            }
        }
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length()).strip();
                break;
            }
        }
        return s.replace("–", "-").replaceAll("\\s*-\\s*", " - ");
    }
}
