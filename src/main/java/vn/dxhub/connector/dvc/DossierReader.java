package vn.dxhub.connector.dvc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.mapping.FieldReader;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.convert.ConversionResult;
import vn.dxhub.mapping.convert.TextNormalizer;
import vn.dxhub.mapping.convert.VietnameseDates;
import vn.dxhub.validation.Problem;

/**
 * Reads one dossier record with the {@code dossiers} mapping's field paths and checks it belongs to the
 * connector's province and period. Returns the problems instead when it cannot be counted.
 */
final class DossierReader {

    private final Mapping mapping;
    private final FieldReader reader = new FieldReader.Json();
    private final List<String> onlineChannels;
    private final List<String> knownChannels;

    DossierReader(Mapping mapping) {
        this.mapping = mapping;
        this.onlineChannels = upper(mapping.codes().getOrDefault("onlineChannels", List.of("TRUC_TUYEN")));
        List<String> all = new ArrayList<>(onlineChannels);
        all.addAll(upper(mapping.codes().getOrDefault("otherChannels", List.of())));
        this.knownChannels = all;
    }

    /** Either a dossier or the reasons it cannot be counted. */
    record Read(Dossier dossier, List<Problem> problems) {}

    Read read(JsonNode record, String expectedUnitCode, String unitId, PeriodWindow window) {
        List<Problem> problems = new ArrayList<>();
        String unit = text(record, "unit");
        if (unit == null || !sameCode(unit, expectedUnitCode)) {
            problems.add(new Problem("unit", unit, "hồ sơ không thuộc tỉnh " + expectedUnitCode + " của connector",
                    "dossier does not belong to the connector's province " + expectedUnitCode));
        }
        LocalDate submitted = date(record, "submittedAt", true, problems);
        if (submitted != null && !window.contains(submitted)) {
            problems.add(new Problem("submittedAt", text(record, "submittedAt"), "ngày nộp ngoài kỳ " + window.period()
                    + " (" + window.from() + " đến " + window.to() + ")", "submitted outside " + window.period()));
        }
        LocalDate due = date(record, "dueDate", false, problems);
        LocalDate resolved = date(record, "resolvedAt", false, problems);
        String channel = Optional.ofNullable(text(record, "channel")).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        if (channel == null || !knownChannels.isEmpty() && !knownChannels.contains(channel)) {
            problems.add(new Problem("channel", channel, "kênh nộp không xác định; mapping cho phép " + knownChannels,
                    "unknown submission channel; the mapping allows " + knownChannels));
        }
        Boolean fullyOnlineFlag = flag(record, "fullyOnline", problems);
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        boolean online = onlineChannels.contains(channel);
        boolean fullyOnline = online && Boolean.TRUE.equals(fullyOnlineFlag);
        return new Read(new Dossier(unitId, submitted, due, resolved, online, fullyOnline, text(record, "service")), List.of());
    }

    /** A yes/no field: true/false, 1/0, có/không; anything else cannot be counted either way. */
    private Boolean flag(JsonNode record, String field, List<Problem> problems) {
        String raw = text(record, field);
        String key = raw == null ? "" : TextNormalizer.foldKey(raw).orElse("");
        return switch (key) {
            case "true", "1", "co", "yes" -> true;
            case "false", "0", "khong", "no" -> false;
            default -> {
                problems.add(new Problem(field, raw, "không phải giá trị có/không", "not a yes/no value"));
                yield null;
            }
        };
    }

    private LocalDate date(JsonNode record, String field, boolean required, List<Problem> problems) {
        String raw = text(record, field);
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new Problem(field, null, "thiếu giá trị", "missing value"));
            }
            return null;
        }
        ConversionResult<LocalDate> date = VietnameseDates.parse(raw);
        if (date.isOk()) {
            return date.value();
        }
        // a date-time (with or without an offset) counts on its day in Vietnam
        ConversionResult<Instant> instant = VietnameseDates.parseDateTime(raw);
        if (instant.isOk()) {
            return instant.value().atZone(VietnameseDates.VIETNAM).toLocalDate();
        }
        problems.add(new Problem(field, raw, date.messageVi(), date.messageEn()));
        return null;
    }

    private String text(JsonNode record, String field) {
        Mapping.FieldSpec spec = mapping.field(field);
        if (spec == null) {
            return null;
        }
        return spec.constant() != null ? spec.constant() : reader.read(record, spec.from());
    }

    private static boolean sameCode(String a, String b) {
        return a.strip().replaceFirst("^0+", "").equals(b.strip().replaceFirst("^0+", ""));
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }
}
