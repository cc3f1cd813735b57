package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;

/** POST /api/admin/reload: new, changed, refused and deleted route files while the hub runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteReloadTest {

    private static Path routes;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    ConnectorRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.quartz.Scheduler scheduler;

    private static String lgsp(String id, String pageSize) {
        String gateway = "http://localhost:{{local.server.port}}/sandbox/lgsp/01";
        Map<String, String> params = new HashMap<>(Map.of("baseUrl", gateway + "/api/v1/chi-tieu", "tokenUrl", gateway + "/oauth2/token",
                "clientId", "dxhub-01", "mapping", "lgsp/chi-tieu.yaml", "clientSecret", "{{LGSP_SANDBOX_CLIENT_SECRET}}",
                "startPeriod", "2026Q3", "pageSize", pageSize));
        return HubTestData.templatedRoute("lgsp-rest", id, params);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        routes = HubTestData.routes(Map.of("lgsp/a.yaml", lgsp("lgsp-r1", "10"), "lgsp/b.yaml", lgsp("lgsp-r2", "10")));
        registry.add("hub.routes-dir", routes::toString);
    }

    private JsonNode reload() {
        var answer = HubUsers.ADMIN.on(http).postForEntity("/api/admin/reload", null, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    private static JsonNode file(JsonNode answer, String name) {
        return StreamSupport.stream(answer.get("files").spliterator(), false).filter(f -> f.get("file").asText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void newFilesLoadChangedOnesReplaceARefusedOneKeepsItsConnectorsAndDeletedOnesStop() throws IOException, org.quartz.SchedulerException {
        assertThat(HubUsers.OPERATOR.on(http).postForEntity("/api/admin/reload", null, String.class).getStatusCode().value()).isEqualTo(403);
        Files.writeString(routes.resolve("lgsp/a.yaml"), lgsp("lgsp-r1", "20") + lgsp("lgsp-r3", "10"));
        String good = Files.readString(routes.resolve("lgsp/b.yaml"));
        Files.writeString(routes.resolve("lgsp/b.yaml"), good.replace("routeTemplateRef: lgsp-rest", "routeTemplateRef: khong-co-loai-nay"));
        Files.writeString(routes.resolve("lgsp/c.yaml"), lgsp("lgsp-r4", "10"));

        JsonNode answer = reload();

        JsonNode a = file(answer, "lgsp/a.yaml");
        assertThat(a.get("outcome").asText()).isEqualTo("reloaded");
        assertThat(texts(a.get("started"))).containsExactly("lgsp-r1", "lgsp-r3");
        assertThat(texts(a.get("stopped"))).containsExactly("lgsp-r1");
        assertThat(registry.find("lgsp-r1").orElseThrow().text("pageSize")).isEqualTo("20");
        JsonNode b = file(answer, "lgsp/b.yaml");
        assertThat(b.get("outcome").asText()).isEqualTo("refused");
        assertThat(texts(b.get("kept"))).containsExactly("lgsp-r2");
        assertThat(b.at("/problems/0/message").asText()).contains("khong-co-loai-nay");
        assertThat(camel.getRouteController().getRouteStatus("lgsp-r2")).isEqualTo(ServiceStatus.Started);
        assertThat(file(answer, "lgsp/c.yaml").get("outcome").asText()).isEqualTo("loaded");
        assertThat(camel.getRouteController().getRouteStatus("lgsp-r4")).isEqualTo(ServiceStatus.Started);
        assertThat(scheduler.checkExists(org.quartz.JobKey.jobKey("lgsp-r4", "connectors"))).isTrue();
        assertThat(HubUsers.VIEWER.on(http).getForObject("/api/connectors", JsonNode.class).get("refusedFiles").has("lgsp/b.yaml")).isTrue();
        HubTestData.clean(jdbc);
        ConnectorRunner.Result run = runner.run("lgsp-r3", ConnectorRunner.Trigger.MANUAL);
        assertThat(run.succeeded()).as(run.error()).isTrue();

        Files.writeString(routes.resolve("lgsp/b.yaml"), good);
        Files.delete(routes.resolve("lgsp/c.yaml"));
        JsonNode again = reload();

        assertThat(file(again, "lgsp/a.yaml").get("outcome").asText()).isEqualTo("unchanged");
        assertThat(file(again, "lgsp/b.yaml").get("outcome").asText()).isEqualTo("unchanged");
        JsonNode c = file(again, "lgsp/c.yaml");
        assertThat(c.get("outcome").asText()).isEqualTo("removed");
        assertThat(texts(c.get("stopped"))).containsExactly("lgsp-r4");
        assertThat(camel.getRoute("lgsp-r4")).isNull();
        assertThat(registry.find("lgsp-r4")).isEmpty();
        assertThat(scheduler.checkExists(org.quartz.JobKey.jobKey("lgsp-r4", "connectors"))).as("its schedule is deleted").isFalse();
        assertThat(registry.refusedFiles()).isEmpty();
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || detail from audit_log where action = 'routes.reload' order by id")
                .query(String.class).list()).containsExactly("admin routes.reload lgsp/a.yaml: reloaded, lgsp/b.yaml: refused, lgsp/c.yaml: loaded",
                "admin routes.reload lgsp/c.yaml: removed");
    }
}
