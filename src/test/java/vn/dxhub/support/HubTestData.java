package vn.dxhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.delivery.EvidenceEntry;

/** Test helpers: a routes folder written for one test class, and an empty data path between tests. */
public final class HubTestData {

    private HubTestData() {}

    /** Writes route files (name -> YAML) into a fresh folder and returns it. */
    public static Path routes(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("dxhub-routes");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One connector as a route file writes it: a {@code templatedRoute} of the kind with these parameters, whose routeId
     * is its connectorId and whose schedule never fires unless {@code params} gives one (tests start runs themselves).
     */
    public static String templatedRoute(String kind, String connectorId, Map<String, String> params) {
        Map<String, String> all = new java.util.TreeMap<>(Map.of("schedule", "0 0 0 1 1 ? 2099"));
        all.putAll(params);
        StringBuilder yaml = new StringBuilder("""
                - templatedRoute:
                    routeTemplateRef: %s
                    routeId: %s
                    parameters:
                      - { name: connectorId, value: %s }
                """.formatted(kind, connectorId, connectorId));
        all.forEach((name, value) -> yaml.append("      - { name: ").append(name).append(", value: \"").append(value).append("\" }\n"));
        return yaml.toString();
    }

    /** A copy of the repository's mappings/ folder that a test may change. */
    public static Path copyOfShippedMappings() {
        try {
            Path target = Files.createTempDirectory("dxhub-mappings");
            copyTree(Path.of("mappings"), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    /** Removes every run, payload, observation, quarantine entry and watermark (the schema stays). */
    public static void clean(JdbcClient jdbc) {
        for (String table : new String[] {"delivery_receipt", "delivery", "observation_revision", "observation", "quarantine", "raw_payload",
                "connector_run", "connector_watermark", "connector_pause"}) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /** An empty evidence log with its head back at the origin (test classes share the database, some break the chain on purpose). */
    public static void emptyEvidence(JdbcClient jdbc) {
        jdbc.sql("delete from delivery_evidence").update();
        jdbc.sql("update delivery_evidence_head set last_entry_id = null, last_hash = :genesis, entries = 0 where id = 1")
                .param("genesis", EvidenceEntry.GENESIS).update();
    }

    public static long count(JdbcClient jdbc, String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }
}
