package vn.dxhub.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.lint.LintException;
import vn.dxhub.mapping.JsonPaths;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingLoader;
import vn.dxhub.mapping.convert.ConversionResult;
import vn.dxhub.mapping.convert.PeriodExpressions;
import vn.dxhub.mapping.convert.ReportStatus;
import vn.dxhub.mapping.convert.VietnameseNumbers;

/**
 * A starting point for an operator's correction, in the common schema: what can be read from the quarantined fragment
 * (fields named as in the common schema, or read where the connector's mapping reads them), the unit, period and status
 * of values stored from the same payload (a spreadsheet's header gives them to every row), and the catalog's unit of
 * measure. Whatever cannot be read is null, for the operator to fill in; the validator judges the result, not this class.
 */
@Component
public class CorrectionSuggestion {

    private static final List<String> FIELDS = List.of("indicator", "reportingUnit", "period", "value", "unitOfMeasure", "numerator",
            "denominator", "status");
    private static final List<String> NUMBERS = List.of("value", "numerator", "denominator");

    private final ObjectMapper json;
    private final JdbcClient jdbc;
    private final ConnectorRegistry connectors;
    private final MappingLoader mappings;
    private final IndicatorCatalog catalog;

    CorrectionSuggestion(ObjectMapper json, JdbcClient jdbc, ConnectorRegistry connectors, MappingLoader mappings, IndicatorCatalog catalog) {
        this.json = json;
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.mappings = mappings;
        this.catalog = catalog;
    }

    public ObjectNode suggest(QuarantineQueries.Detail entry) {
        JsonNode fragment = parse(entry.fragment());
        Optional<Mapping> mapping = mapping(entry.connector());
        ObjectNode suggestion = json.createObjectNode();
        for (String field : FIELDS) {
            String raw = fragment.hasNonNull(field) && fragment.get(field).isValueNode() ? fragment.get(field).asText()
                    : mapping.map(m -> m.field(field)).map(spec -> read(fragment, spec.from())).orElse(null);
            put(suggestion, field, raw);
        }
        if (entry.payload() != null) {
            sibling(entry.payload().id()).forEach((field, value) -> {
                if (suggestion.path(field).isNull()) {
                    suggestion.put(field, value);
                }
            });
        }
        if (suggestion.path("unitOfMeasure").isNull()) {
            catalog.find(suggestion.path("indicator").asText("")).ifPresent(i -> suggestion.put("unitOfMeasure", i.unitOfMeasure().code()));
        }
        JsonNode recordId = fragment.path("source").path("recordId");
        if (recordId.isTextual()) {
            suggestion.putObject("source").put("recordId", recordId.asText());
        }
        return suggestion;
    }

    private void put(ObjectNode suggestion, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            suggestion.putNull(field);
        } else if (NUMBERS.contains(field)) {
            ConversionResult<BigDecimal> number = VietnameseNumbers.parse(raw);
            suggestion.put(field, number.isOk() ? number.value() : null);
        } else if (field.equals("status")) {
            ConversionResult<vn.dxhub.observation.ObservationStatus> status = ReportStatus.parse(raw);
            suggestion.put(field, status.isOk() ? status.value().code() : raw);
        } else if (field.equals("period")) {
            ConversionResult<String> period = PeriodExpressions.parse(raw);
            suggestion.put(field, period.isOk() ? period.value() : raw);
        } else {
            suggestion.put(field, raw.trim());
        }
    }

    /** The unit, period and status of a value stored from the same payload, when there is one. */
    private Map<String, String> sibling(long payloadId) {
        return jdbc.sql("""
                        select o.unit_id, o.period_id, r.status from observation_revision r join observation o on o.id = r.observation_id
                        where r.payload_id = :p order by r.id limit 1""")
                .param("p", payloadId)
                .query((rs, n) -> Map.of("reportingUnit", rs.getString(1), "period", rs.getString(2), "status", rs.getString(3)))
                .optional().orElse(Map.of());
    }

    private Optional<Mapping> mapping(String connectorId) {
        Optional<String> file = connectors.find(connectorId).map(ConnectorInstance::parameters).map(p -> p.get("mapping"));
        try {
            return file.map(mappings::load);
        } catch (LintException | IllegalArgumentException | java.io.UncheckedIOException e) {
            // a mapping that no longer loads suggests nothing; the operator still has the fragment
            return Optional.empty();
        }
    }

    /** The text at a mapping's path: a JSONPath, a top-level name, or a spreadsheet column's title among the row's cells. */
    private static String read(JsonNode fragment, String path) {
        if (path == null) {
            return null;
        }
        JsonNode node = path.startsWith("$") ? JsonPaths.read(fragment, path) : fragment.get(path);
        if (node == null && fragment.path("cells").isObject()) {
            String wanted = title(path);
            for (Map.Entry<String, JsonNode> cell : fragment.get("cells").properties()) {
                String title = title(cell.getKey());
                if (title.equals(wanted) || title.endsWith(" " + wanted)) {
                    node = cell.getValue();
                }
            }
        }
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** A column title as spreadsheets vary it: case and runs of spaces or line breaks do not matter. */
    private static String title(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private JsonNode parse(String fragment) {
        try {
            JsonNode node = json.readTree(fragment);
            return node != null && node.isObject() ? node : json.createObjectNode();
        } catch (JsonProcessingException e) {
            // an XML or text fragment: nothing to read by field name
            return json.createObjectNode();
        }
    }
}
