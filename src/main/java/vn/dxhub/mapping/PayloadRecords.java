package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The source records of a parsed JSON payload, selected by the mapping's {@code records} JSONPath: every
 * element when the path selects an array, the one node otherwise. Without a {@code records} path the
 * payload itself is the record, or each element when the payload is an array.
 */
public final class PayloadRecords {

    private PayloadRecords() {}

    public static List<JsonNode> select(Mapping mapping, JsonNode root) {
        JsonNode selected = mapping.records() == null ? root : JsonPaths.read(root, mapping.records());
        List<JsonNode> records = new ArrayList<>();
        if (selected != null && selected.isArray()) {
            selected.forEach(records::add);
        } else if (selected != null && !selected.isNull()) {
            records.add(selected);
        }
        return records;
    }
}
