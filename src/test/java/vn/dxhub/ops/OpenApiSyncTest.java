package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxhub.support.HubHttp;
import vn.dxhub.support.HubUsers;

/**
 * The committed docs/openapi.json is the API the hub serves: a change to an endpoint shows up in review as a change to
 * that file. On a difference the served document is written to target/openapi.json; accepting it is copying it over
 * docs/openapi.json, or running this test with -Dopenapi.update=true, which rewrites docs/openapi.json itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiSyncTest {

    static final Path COMMITTED = Path.of("docs", "openapi.json");
    static final Path SERVED = Path.of("target", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        HttpResponse<String> answer = new HubHttp(port).get(HubUsers.VIEWER, "/api/openapi");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String served = normalised(answer.body());
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(served).as("""
                        The API served at /api/openapi differs from the committed %s (first difference: %s).
                        If the change is intended, accept it:
                          cp %s %s
                        or: ./mvnw -B verify -Dtest=OpenApiSyncTest -Dopenapi.update=true
                        and commit docs/openapi.json with the change.""",
                COMMITTED, firstDifference(committed, served), SERVED, COMMITTED)
                .isEqualTo(committed);
    }

    /** Sorted keys, two-space indentation, one trailing newline; the server's address (a random port in tests) left out. */
    static String normalised(String document) throws Exception {
        JsonNode tree = JSON.readTree(document);
        if (tree instanceof ObjectNode object) {
            object.remove("servers");
        }
        return JSON.writeValueAsString(sorted(tree)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String was = i < a.length ? a[i] : "(end)";
            String now = i < b.length ? b[i] : "(end)";
            if (!was.equals(now)) {
                return "line " + (i + 1) + ": committed «" + was.trim() + "», served «" + now.trim() + "»";
            }
        }
        return "none";
    }
}
