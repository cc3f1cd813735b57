package vn.dxhub.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a YAML or JSON file people edit and checks its structure against a JSON Schema shipped with
 * the hub, adding every problem to the given list with the file and the path inside it.
 */
public final class SchemaLinter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    private SchemaLinter(JsonSchema schema) {
        this.schema = schema;
    }

    /** A linter for the schema at a classpath resource, e.g. {@code lint/indicators.schema.json}. */
    public static SchemaLinter forResource(String resource) {
        try (InputStream in = SchemaLinter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            return new SchemaLinter(FACTORY.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the file and checks it. Empty when it cannot be read or parsed, or its top level breaks the
     * schema; otherwise the document, with the paths that broke the schema so callers skip just those parts.
     */
    public Optional<Linted> read(Path file, String displayName, List<LintProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new LintProblem(displayName, "$", "không tìm thấy tệp / file not found"));
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problems.add(new LintProblem(displayName, where, "không đọc được YAML / unreadable YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new LintProblem(displayName, "$", "không đọc được tệp / cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        if (node == null || node.isMissingNode()) {
            problems.add(new LintProblem(displayName, "$", "tệp rỗng / empty file"));
            return Optional.empty();
        }
        List<LintProblem> found = check(node, displayName);
        problems.addAll(found);
        Set<String> badPaths = found.stream().map(LintProblem::path).collect(Collectors.toSet());
        return badPaths.contains("$") ? Optional.empty() : Optional.of(new Linted(node, badPaths));
    }

    /** A parsed document and the paths of the parts that broke the schema. */
    public record Linted(JsonNode root, Set<String> badPaths) {

        /** Whether nothing at or under this path broke the schema, e.g. {@code $.indicators[3]}. */
        public boolean isClean(String path) {
            return badPaths.stream().noneMatch(bad -> bad.equals(path) || bad.startsWith(path + ".") || bad.startsWith(path + "["));
        }
    }

    /** Checks an already parsed document. */
    public List<LintProblem> check(JsonNode node, String displayName) {
        return schema.validate(node).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                .map(m -> new LintProblem(displayName, m.getInstanceLocation().toString(), m.getError()))
                .toList();
    }
}
