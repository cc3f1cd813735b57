package vn.dxhub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Checks a record against the published common-schema JSON Schema and words each finding for operators. */
final class SchemaProblems {

    private final JsonSchema schema;

    SchemaProblems(Path schemaFile) {
        try (InputStream in = Files.newInputStream(schemaFile)) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common schema " + schemaFile, e);
        }
    }

    List<Problem> check(JsonNode record) {
        return schema.validate(record).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                .map(SchemaProblems::problem)
                .toList();
    }

    private static Problem problem(ValidationMessage m) {
        String field = fieldName(m);
        JsonNode node = m.getInstanceNode();
        String value = "required".equals(m.getType()) || node == null || node.isNull() ? null
                : node.isValueNode() ? node.asText() : node.toString();
        return new Problem(field, value, vietnamese(m.getType()), m.getError());
    }

    /** "$.source.fetchedAt" becomes "source.fetchedAt"; a missing required property is named itself. */
    private static String fieldName(ValidationMessage m) {
        String location = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            return location.isEmpty() ? m.getProperty() : location + "." + m.getProperty();
        }
        return location.isEmpty() ? "$" : location;
    }

    private static String vietnamese(String keyword) {
        return switch (keyword) {
            case "required" -> "thiếu trường bắt buộc";
            case "type" -> "sai kiểu dữ liệu";
            case "pattern" -> "sai định dạng";
            case "enum", "const" -> "giá trị không thuộc danh sách cho phép";
            case "minimum", "exclusiveMinimum" -> "nhỏ hơn giá trị nhỏ nhất cho phép";
            case "maximum", "exclusiveMaximum" -> "lớn hơn giá trị lớn nhất cho phép";
            case "additionalProperties" -> "trường không có trong lược đồ chung";
            case "format" -> "sai định dạng";
            default -> "không hợp lệ theo lược đồ chung (" + keyword + ")";
        };
    }
}
