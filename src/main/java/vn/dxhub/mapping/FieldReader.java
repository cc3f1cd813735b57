package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the raw value of a field from one source record: a JSONPath on a JSON record, a column name on
 * a row (CSV, spreadsheet, SQL). Returns the text as the source wrote it, or null when absent.
 */
public interface FieldReader {

    String read(Object record, String path);

    /** The value as a number when the source typed it as one (a JSON number, a SQL numeric); null otherwise, then the text is parsed. */
    default java.math.BigDecimal readNumber(Object record, String path) {
        return null;
    }

    /** A JSON fragment of the record, kept in quarantine so an operator sees what came in. */
    String fragment(Object record);

    static FieldReader forFormat(Mapping.Format format) {
        return format == Mapping.Format.JSON ? new Json() : new Rows();
    }

    /** JSONPath on Jackson trees; simple paths like {@code $.a.b} take a fast path, compiled paths are cached. */
    final class Json implements FieldReader {

        private static final Configuration JACKSON = Configuration.builder()
                .jsonProvider(new JacksonJsonNodeJsonProvider())
                .mappingProvider(new JacksonMappingProvider())
                .options(Option.SUPPRESS_EXCEPTIONS)
                .build();
        private final Map<String, Object> compiled = new ConcurrentHashMap<>();

        @Override
        public String read(Object record, String path) {
            JsonNode value = node((JsonNode) record, path);
            if (value == null) {
                return null;
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }

        private JsonNode node(JsonNode record, String path) {
            Object how = compiled.computeIfAbsent(path, Json::compile);
            JsonNode value = how instanceof String pointer ? record.at(pointer) : ((JsonPath) how).read(record, JACKSON);
            if (value == null || value.isMissingNode() || value.isNull()) {
                return null;
            }
            return value.isArray() && value.size() == 1 ? value.get(0) : value;
        }

        @Override
        public java.math.BigDecimal readNumber(Object record, String path) {
            JsonNode value = node((JsonNode) record, path);
            return value != null && value.isNumber() ? value.decimalValue() : null;
        }

        @Override
        public String fragment(Object record) {
            return record.toString();
        }

        /** "$.a.b" becomes the JSON pointer "/a/b"; anything with filters, wildcards or indexes stays a JSONPath. */
        private static Object compile(String path) {
            if (path.matches("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
                return path.substring(1).replace('.', '/');
            }
            return JsonPath.compile(path);
        }
    }

    /** A row of named columns; column names compare without case and surrounding spaces. */
    final class Rows implements FieldReader {

        @Override
        public String read(Object record, String column) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) record;
            Object value = row.get(column);
            if (value == null) {
                value = row.entrySet().stream().filter(e -> e.getKey().strip().equalsIgnoreCase(column.strip()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            return value == null ? null : value.toString();
        }

        @Override
        public java.math.BigDecimal readNumber(Object record, String column) {
            @SuppressWarnings("unchecked")
            Object value = ((Map<String, Object>) record).get(column);
            return value instanceof Number n ? new java.math.BigDecimal(n.toString()) : null;
        }

        @Override
        public String fragment(Object record) {
            return String.valueOf(record);
        }
    }
}
