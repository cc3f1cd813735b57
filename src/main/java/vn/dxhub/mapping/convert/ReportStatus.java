package vn.dxhub.mapping.convert;

import java.util.Map;
import vn.dxhub.observation.ObservationStatus;

/**
 * Reads the status of a reported value (trạng thái) into {@link ObservationStatus}.
 *
 * <p>Before a deadline a unit may send provisional estimates (số liệu tạm ước tính) and replace them
 * with official figures later, so the status decides whether a later value is a revision. Sources
 * word it many ways, with or without diacritics, in NFC or NFD, optionally after "số liệu". An
 * unknown word is refused rather than guessed: treating an estimate as official would hide that it
 * must still be updated.
 */
public final class ReportStatus {

    private static final Map<String, ObservationStatus> WORDS = Map.ofEntries(
            Map.entry("tam tinh", ObservationStatus.PROVISIONAL),
            Map.entry("tam uoc tinh", ObservationStatus.PROVISIONAL),
            Map.entry("uoc tinh", ObservationStatus.PROVISIONAL),
            Map.entry("so bo", ObservationStatus.PROVISIONAL),
            Map.entry("du kien", ObservationStatus.PROVISIONAL),
            Map.entry("provisional", ObservationStatus.PROVISIONAL),
            Map.entry("preliminary", ObservationStatus.PROVISIONAL),
            Map.entry("chinh thuc", ObservationStatus.OFFICIAL),
            Map.entry("da duyet", ObservationStatus.OFFICIAL),
            Map.entry("official", ObservationStatus.OFFICIAL),
            Map.entry("final", ObservationStatus.OFFICIAL),
            // FHIR MeasureReport.status: a report still pending is not final; "error" is refused like any unknown word
            Map.entry("pending", ObservationStatus.PROVISIONAL),
            Map.entry("complete", ObservationStatus.OFFICIAL));

    private ReportStatus() {}

    /** The status named by {@code text}, e.g. "Tạm ước tính" gives {@link ObservationStatus#PROVISIONAL}. */
    public static ConversionResult<ObservationStatus> parse(String text) {
        String key = TextNormalizer.fold(text);
        if (key.isEmpty()) {
            return ConversionResult.empty();
        }
        if (key.startsWith("so lieu ")) {
            key = key.substring("so lieu ".length());
        }
        ObservationStatus status = WORDS.get(key);
        if (status != null) {
            return ConversionResult.ok(status);
        }
        String quoted = TextNormalizer.quote(text);
        return ConversionResult.failed(
                quoted + " không phải trạng thái số liệu (tạm tính hoặc chính thức)",
                quoted + " is not a report status (provisional or official)");
    }
}
