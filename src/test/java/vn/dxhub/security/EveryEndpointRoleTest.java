package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.support.HubHttp;
import vn.dxhub.support.HubUsers;

/**
 * Every operation of the served OpenAPI document, called by nobody and by each role: whatever endpoint an area adds
 * is covered without changing this test. Path parameters name nothing that exists, bodies are empty, so no call
 * changes anything; the answer may be 400 or 404, but never 401/403 for a role that may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryEndpointRoleTest {

    private static final Set<String> READS = Set.of("get", "head");
    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Operation(String method, String path, String contentType) {

        boolean reads() {
            return READS.contains(method.toLowerCase());
        }

        boolean admin() {
            return path.startsWith("/api/admin/") || path.equals("/api/admin");
        }

        String target() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationAnswersEachRoleAsItsRoleAllows() throws Exception {
        HubHttp http = new HubHttp(port);
        List<Operation> operations = operations(http);
        assertThat(operations).as("operations in /api/openapi").hasSizeGreaterThan(8)
                .extracting(Operation::target).contains("GET /api/admin/users", "GET /api/alerts", "POST /api/connectors/zz-khong-co/runs");

        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            expect(wrong, op, null, call(http, null, op), s -> s == 401, "401");
            expect(wrong, op, HubUsers.VIEWER, call(http, HubUsers.VIEWER, op),
                    op.reads() && !op.admin() ? EveryEndpointRoleTest::allowed : s -> s == 403, op.reads() && !op.admin() ? "not 401/403" : "403");
            expect(wrong, op, HubUsers.OPERATOR, call(http, HubUsers.OPERATOR, op),
                    op.admin() ? s -> s == 403 : EveryEndpointRoleTest::allowed, op.admin() ? "403" : "not 401/403");
            expect(wrong, op, HubUsers.ADMIN, call(http, HubUsers.ADMIN, op), EveryEndpointRoleTest::allowed, "not 401/403");
            if (!op.reads() && !deniedViewerAudited(op)) {
                wrong.add(op.target() + ": VIEWER's denial is not in the audit log");
            }
        }
        assertThat(wrong).as("answers that do not match the roles").isEmpty();
    }

    private static boolean allowed(int status) {
        return status != 401 && status != 403;
    }

    private static void expect(List<String> wrong, Operation op, HubUsers user, HttpResponse<String> answer,
                               java.util.function.IntPredicate ok, String expected) {
        if (!ok.test(answer.statusCode())) {
            wrong.add(op.target() + " as " + (user == null ? "anonymous" : user.name) + ": " + answer.statusCode() + ", expected " + expected
                    + " (" + answer.body() + ")");
        }
    }

    private boolean deniedViewerAudited(Operation op) {
        return jdbc.sql("select count(*) from audit_log where actor = 'viewer' and outcome = 'denied' and target = :target")
                .param("target", op.target()).query(Long.class).single() > 0;
    }

    private static HttpResponse<String> call(HubHttp http, HubUsers user, Operation op) {
        byte[] body = op.reads() || op.method().equals("DELETE") ? null
                : "application/json".equals(op.contentType()) ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        return http.call(user, op.method(), op.path(), body == null ? null : op.contentType(), body);
    }

    /** The served document's operations, their paths filled in with a value that names nothing. */
    static List<Operation> operations(HubHttp http) throws Exception {
        HttpResponse<String> served = http.get(HubUsers.VIEWER, "/api/openapi");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(served.body());
        String base = basePath(document);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String filled = base + path.getKey().replaceAll("\\{[^}]+}", "zz-khong-co");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    Iterator<String> types = method.getValue().path("requestBody").path("content").fieldNames();
                    operations.add(new Operation(method.getKey().toUpperCase(), filled, types.hasNext() ? types.next() : "application/json"));
                }
            }
        }
        return operations;
    }

    /** The API's path prefix as the document states it (its first server's path). */
    private static String basePath(JsonNode document) {
        String url = document.path("servers").path(0).path("url").asText("/api");
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
