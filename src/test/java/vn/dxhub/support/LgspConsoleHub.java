package vn.dxhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One hub for the connector console's tests (API, health, metrics, alerts, pages), so they share a Spring context: two
 * LGSP connectors against the LGSP simulator that never fire by themselves, a daily one, and a file-drop connector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// tests switch metrics export off unless asked; these read /actuator/prometheus
@AutoConfigureObservability(tracing = false)
public abstract class LgspConsoleHub {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    private static String lgsp(String id, String province, Map<String, String> extra) {
        String gateway = "http://localhost:{{local.server.port}}/sandbox/lgsp/" + province;
        Map<String, String> params = new HashMap<>(Map.of("baseUrl", gateway + "/api/v1/chi-tieu", "tokenUrl", gateway + "/oauth2/token",
                "clientId", "dxhub-" + province, "mapping", "lgsp/chi-tieu.yaml", "initialBackoff", "100ms",
                "clientSecret", "{{LGSP_SANDBOX_CLIENT_SECRET}}", "startPeriod", "2026Q3", "pageSize", "10"));
        params.putAll(extra);
        return HubTestData.templatedRoute("lgsp-rest", id, params);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path uploads;
        try {
            uploads = Files.createTempDirectory("dxhub-console-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path routes = HubTestData.routes(Map.of(
                "lgsp/console.yaml", lgsp("lgsp-c01", "01", Map.of()) + lgsp("lgsp-c08", "08", Map.of())
                        + lgsp("lgsp-daily", "01", Map.of("schedule", "0 0 6 * * ?")),
                "file/console.yaml", """
                        - templatedRoute:
                            routeTemplateRef: file-drop
                            routeId: file-c01
                            parameters:
                              - { name: connectorId, value: file-c01 }
                              - { name: folder, value: "%s" }
                              - { name: mapping, value: phu-luc-01/bieu-mau.yaml }
                        """.formatted(uploads)));
        registry.add("hub.routes-dir", routes::toString);
    }

    /** An empty run ledger, no pause, no audit row, healthy simulators. */
    protected void cleanHub() {
        HubTestData.clean(jdbc);
        jdbc.sql("delete from audit_log").update();
        http.delete("/sandbox/faults");
        http.delete("/sandbox/calls");
    }

    /** Makes the LGSP simulator refuse the hub's token for the next many calls to its API (a permanent failure). */
    protected void lgspRefusesTheHub() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.exchange("/sandbox/faults/lgsp", HttpMethod.PUT,
                new HttpEntity<>("{\"next\":[{\"fault\":\"HTTP_401\",\"count\":200,\"path\":\"/api/\"}]}", headers), String.class);
    }
}
