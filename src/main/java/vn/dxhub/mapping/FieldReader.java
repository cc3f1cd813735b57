package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the raw value of a field from one source record (or from the document it belongs to) by the path its
 * format uses: JSONPath on JSON (SQL rows arrive as JSON objects of column to value), XPath on XML. Returns
 * the text as the source wrote it, or null when absent. A reader serves one thread.
 */
public interface FieldReader {

    String read(Object record, String path);

    /** The value as a number when the source typed it as one (a JSON number, a SQL numeric); null otherwise, then the text is parsed. */
    default java.math.BigDecimal readNumber(Object record, String path) {
        return null;
    }

    /** A JSON fragment of the record, kept in quarantine so an operator sees what came in. */
    String fragment(Object record);

    /** JSONPath on Jackson trees; simple paths like {@code $.a.b} take a fast path, compiled paths are cached. */
    final class Json implements FieldReader {

        private final Map<String, String> pointers = new ConcurrentHashMap<>();

        @Override
        public String read(Object record, String path) {
            JsonNode value = node((JsonNode) record, path);
            if (value == null) {
                return null;
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }

        private JsonNode node(JsonNode record, String path) {
            String pointer = pointers.computeIfAbsent(path, Json::pointer);
            JsonNode value = pointer.isEmpty() ? JsonPaths.read(record, path) : record.at(pointer);
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

        /** "$.a.b" becomes the JSON pointer "/a/b" (fast); anything with filters, wildcards or indexes stays a JSONPath (empty). */
        private static String pointer(String path) {
            return path.matches("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+") ? path.substring(1).replace('.', '/') : "";
        }
    }
}
