package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** JSONPath on Jackson trees, compiled once per expression; a path that matches nothing reads as null. */
public final class JsonPaths {

    private static final Configuration JACKSON = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();
    private static final Map<String, JsonPath> COMPILED = new ConcurrentHashMap<>();

    private JsonPaths() {}

    public static JsonNode read(JsonNode root, String path) {
        JsonNode value = COMPILED.computeIfAbsent(path, JsonPath::compile).read(root, JACKSON);
        return value == null || value.isMissingNode() || value.isNull() ? null : value;
    }

    /** Whether a JSONPath expression compiles. */
    public static boolean compiles(String path) {
        try {
            JsonPath.compile(path);
            return true;
        } catch (InvalidPathException | IllegalArgumentException e) {
            return false;
        }
    }
}
