package vn.dxhub.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.dxhub.lint.LintProblem;

/** Small readers for schema-checked YAML nodes: absent and null both read as null. */
final class Nodes {

    private Nodes() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** Names must be stored composed (NFC) so that lookups and comparisons agree. */
    static void checkNfc(String file, JsonNode row, String path, List<LintProblem> problems, String... fields) {
        for (String field : fields) {
            String value = text(row, field);
            if (value != null && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
                problems.add(new LintProblem(file, path + "." + field, "văn bản chưa ở dạng Unicode NFC / text is not in Unicode NFC"));
            }
        }
    }
}
