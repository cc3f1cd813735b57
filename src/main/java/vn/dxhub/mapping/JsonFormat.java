package vn.dxhub.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON payloads, read with JSONPath. The mapping's {@code records} path selects the records: every element
 * when it selects an array, the one node otherwise. Without a {@code records} path the payload itself is the
 * record, or each element when the payload is an array.
 */
public final class JsonFormat implements PayloadFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ParsedPayload parse(byte[] body, String contentType) {
        return new ParsedPayload.Readable(tree(body));
    }

    /** The Jackson tree of a JSON body; a body cut short or not JSON at all is an {@link UnreadablePayloadException}. */
    public static JsonNode tree(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new UnreadablePayloadException("Phản hồi rỗng / empty response", false, null);
            }
            return root;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** What a JSON parse failure means: input that ends too early was cut short; anything else is not JSON. */
    public static UnreadablePayloadException unreadable(IOException e) {
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (detail != null && detail.contains("end-of-input")) {
            return new UnreadablePayloadException("Phản hồi bị cắt ngang / truncated JSON: " + detail, true, e);
        }
        return new UnreadablePayloadException("Phản hồi không phải JSON / not JSON: " + abbreviate(detail), false, e);
    }

    @Override
    public List<SourceRecord> records(Mapping mapping, Object document) {
        JsonNode root = (JsonNode) document;
        JsonNode selected = mapping.records() == null ? root : JsonPaths.read(root, mapping.records());
        List<SourceRecord> records = new ArrayList<>();
        if (selected != null && selected.isArray()) {
            for (JsonNode record : selected) {
                records.add(SourceRecord.of(record, root, "#" + records.size()));
            }
        } else if (selected != null && !selected.isNull()) {
            records.add(SourceRecord.of(selected, root, "#0"));
        }
        return records;
    }

    @Override
    public String pathProblem(String path) {
        return JsonPaths.compiles(path) ? null : "JSONPath '" + path + "' không hợp lệ / invalid JSONPath";
    }

    @Override
    public FieldReader newReader() {
        return new FieldReader.Json();
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
    }
}
