package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The source records of a parsed JSON payload, selected by the mapping's {@code records} JSONPath: every
 * element when the path selects an array, the one node otherwise. Without a {@code records} path the
 * payload itself is the record, or each element when the payload is an array.
 */
public final class PayloadRecords {

    private static final Configuration JACKSON_PATHS = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider()).build();

    private PayloadRecords() {}

    public static List<JsonNode> select(Mapping mapping, JsonNode root) {
        JsonNode selected = mapping.records() == null ? root : JsonPath.compile(mapping.records()).read(root, JACKSON_PATHS);
        List<JsonNode> records = new ArrayList<>();
        if (selected != null && selected.isArray()) {
            selected.forEach(records::add);
        } else if (selected != null && !selected.isNull()) {
            records.add(selected);
        }
        return records;
    }
}
