package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.lint.LintException;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.lint.SchemaLinter;

/** Reads mapping files and refuses one with mistakes, listing every problem with file and path. */
public final class MappingLoader {

    static final Set<String> RECORD_FIELDS = Set.of("indicator", "reportingUnit", "period", "value", "unitOfMeasure", "numerator",
            "denominator", "status");
    static final Set<String> REQUIRED_RECORD_FIELDS = Set.of("indicator", "reportingUnit", "period", "value");
    static final Set<String> DOSSIER_FIELDS = Set.of("unit", "submittedAt", "dueDate", "resolvedAt", "channel", "fullyOnline", "service");
    static final Set<String> REQUIRED_DOSSIER_FIELDS = Set.of("unit", "submittedAt", "channel", "fullyOnline", "service");
    private static final Set<String> REFERENCE_FOLDERS = Set.of("catalog", "schema");

    private final Path mappingsDir;
    private final IndicatorCatalog catalog;
    private final SchemaLinter linter = SchemaLinter.forResource("lint/mapping.schema.json");

    public MappingLoader(Path mappingsDir, IndicatorCatalog catalog) {
        this.mappingsDir = mappingsDir;
        this.catalog = catalog;
    }

    /** Loads one mapping by its path relative to the mappings folder, e.g. {@code lgsp/chi-tieu.yaml}. */
    public Mapping load(String relativeFile) {
        List<LintProblem> problems = new ArrayList<>();
        Optional<Mapping> mapping = read(relativeFile, problems);
        if (!problems.isEmpty()) {
            throw new LintException("Mapping " + relativeFile + " có lỗi / has mistakes", problems);
        }
        return mapping.orElseThrow();
    }

    /** Every mapping file under the mappings folder (reference data folders excluded), relative paths. */
    public List<String> mappingFiles() {
        try (Stream<Path> files = Files.walk(mappingsDir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .map(f -> mappingsDir.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.contains("/") && !REFERENCE_FOLDERS.contains(f.substring(0, f.indexOf('/'))) && !f.contains("/examples/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Mapping> read(String relativeFile, List<LintProblem> problems) {
        return linter.read(mappingsDir.resolve(relativeFile), relativeFile, problems)
                .filter(linted -> linted.badPaths().isEmpty())
                .map(linted -> toMapping(relativeFile, linted.root(), problems));
    }

    private Mapping toMapping(String file, JsonNode root, List<LintProblem> problems) {
        Mapping.Type type = Mapping.Type.valueOf(root.get("type").asText().toUpperCase());
        Mapping.Format format = Mapping.Format.valueOf(root.get("format").asText().toUpperCase());
        Map<String, Mapping.FieldSpec> fields = new LinkedHashMap<>();
        root.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), field(e.getValue())));
        Map<String, Map<String, String>> crosswalks = new LinkedHashMap<>();
        root.path("crosswalks").fields().forEachRemaining(e -> {
            Map<String, String> table = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(c -> table.put(c.getKey(), c.getValue().asText()));
            crosswalks.put(e.getKey(), table);
        });
        Map<String, String> indicators = new LinkedHashMap<>();
        root.path("indicators").fields().forEachRemaining(e -> indicators.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> codes = new LinkedHashMap<>();
        root.path("codes").fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            codes.put(e.getKey(), values);
        });
        List<Mapping.Rule> rules = new ArrayList<>();
        root.path("rules").forEach(r -> {
            List<String> inds = new ArrayList<>();
            r.get("indicators").forEach(i -> inds.add(i.asText()));
            rules.add(new Mapping.Rule(inds, decimal(r.get("min")), decimal(r.get("max")), decimal(r.get("maxChangeFromPreviousPeriod"))));
        });
        Mapping.Table table = format == Mapping.Format.TABLE ? table(root.path("table")) : null;
        if (format != Mapping.Format.TABLE && root.has("table")) {
            problems.add(new LintProblem(file, "$.table", "table: chỉ dùng với format: table / table: is for format: table only"));
        }
        Mapping mapping = new Mapping(root.get("id").asText(), file, type, format, text(root, "records"),
                root.has("recordId") ? field(root.get("recordId")) : null, fields, crosswalks, indicators, codes, rules, table);
        new MappingChecks(file, catalog, problems).check(mapping);
        return mapping;
    }

    private static Mapping.Table table(JsonNode node) {
        return new Mapping.Table(texts(node.path("sheets")), texts(node.path("headerRow").path("contains")), texts(node.path("endBefore")),
                texts(node.path("skipRows")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Mapping.FieldSpec field(JsonNode node) {
        return new Mapping.FieldSpec(text(node, "from"), text(node, "fromDocument"), text(node, "value"), text(node, "convert"),
                text(node, "crosswalk"), node.path("optional").asBoolean(false), text(node, "default"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }
}
