package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.support.HubTestData;

/**
 * An IT unit connects a source whose payload the hub has never seen (other field names, Vietnamese
 * numbers, "9 tháng 2025" as the period, decomposed unit names) with a route file and a mapping file
 * only, in folders of its own.
 */
@SpringBootTest
class NewConnectorFromFilesTest {

    private static HttpServer source;

    private static final String PAGE = """
            {"ketQua": {"tongTrang": 2, "trangHienTai": %d, "banGhi": [%s]}}""";
    private static final String PAGE_1 = """
            {"ma": "BC-1", "maCT": "DVC_TOAN_TRINH", "tinh": "%s", "ky": "9 tháng 2025", "soLieu": "72,35", "loai": "ước tính"}"""
            .formatted(Normalizer.normalize("Thành phố Hà Nội", Normalizer.Form.NFD));
    private static final String PAGE_2 = """
            {"ma": "BC-2", "maCT": "SO_HO_SO", "tinh": "TP. Hồ Chí Minh", "ky": "9 tháng 2025", "soLieu": "1.234.567", "loai": "chính thức"},
            {"ma": "BC-3", "maCT": "KHONG_BIET", "tinh": "Cần Thơ", "ky": "9 tháng 2025", "soLieu": "5", "loai": "chính thức"}""";

    private static final String MAPPING = """
            id: bao-cao-moi
            type: records
            format: json
            records: "$.ketQua.banGhi[*]"
            recordId: { from: "$.ma" }
            fields:
              indicator: { from: "$.maCT", crosswalk: chiTieu }
              reportingUnit: { from: "$.tinh", convert: unit-name }
              period: { from: "$.ky", convert: period }
              value: { from: "$.soLieu", convert: number }
              status: { from: "$.loai", convert: status }
            crosswalks:
              chiTieu:
                DVC_TOAN_TRINH: "1.4"
                SO_HO_SO: "6.1"
            """;

    private static final String ROUTE = """
            - templatedRoute:
                routeTemplateRef: lgsp-rest
                routeId: bao-cao-moi
                parameters:
                  - { name: connectorId, value: bao-cao-moi }
                  - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                  - { name: baseUrl, value: "http://localhost:{{NEW_SOURCE_PORT}}/bao-cao" }
                  - { name: tokenUrl, value: "http://localhost:{{NEW_SOURCE_PORT}}/auth/token" }
                  - { name: clientId, value: so-khcn }
                  - { name: clientSecret, value: "{{NEW_SOURCE_SECRET}}" }
                  - { name: startPeriod, value: "2025Q3" }
                  - { name: periodParam, value: ky }
                  - { name: pageParam, value: trang }
                  - { name: pageSizeParam, value: kichThuoc }
                  - { name: totalPagesPath, value: "$.ketQua.tongTrang" }
                  - { name: mapping, value: moi/bao-cao.yaml }
            """;

    @DynamicPropertySource
    static void newConnector(DynamicPropertyRegistry registry) throws IOException {
        source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/auth/token", exchange -> answer(exchange, "{\"access_token\":\"t-1\",\"expires_in\":600}"));
        source.createContext("/bao-cao", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            boolean authorised = "Bearer t-1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!authorised) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            } else if (!query.contains("ky=2025Q3")) {
                answer(exchange, PAGE.formatted(1, "").replace("\"tongTrang\": 2", "\"tongTrang\": 1"));
            } else {
                answer(exchange, query.contains("trang=2") ? PAGE.formatted(2, PAGE_2) : PAGE.formatted(1, PAGE_1));
            }
        });
        source.start();
        Path mappings = HubTestData.copyOfShippedMappings();
        Files.createDirectories(mappings.resolve("moi"));
        Files.writeString(mappings.resolve("moi/bao-cao.yaml"), MAPPING);
        Path routes = HubTestData.routes(Map.of("moi/bao-cao.yaml", ROUTE));
        registry.add("hub.mappings-dir", mappings::toString);
        registry.add("hub.routes-dir", routes::toString);
        registry.add("NEW_SOURCE_PORT", () -> source.getAddress().getPort());
        registry.add("NEW_SOURCE_SECRET", () -> "from-the-environment");
    }

    @AfterAll
    static void stopSource() {
        source.stop(0);
    }

    @Autowired
    ConnectorRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Test
    void observationsOfTheNewSourceArriveAndItsUnknownCodeIsQuarantined() {
        HubTestData.clean(jdbc);

        ConnectorRunner.Result result = runner.run("bao-cao-moi", ConnectorRunner.Trigger.MANUAL);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(jdbc.sql("select obs_value from observation where indicator_code = '1.4' and unit_id = '01' and period_id = '2025Q3'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("72.35");
        assertThat(jdbc.sql("select status from observation where indicator_code = '1.4'").query(String.class).single()).isEqualTo("provisional");
        assertThat(jdbc.sql("select obs_value from observation where indicator_code = '6.1' and unit_id = '79' and period_id = '2025Q3'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("1234567");
        assertThat(jdbc.sql("select reasons from quarantine where connector_id = 'bao-cao-moi'").query(String.class).single())
                .contains("KHONG_BIET").contains("chiTieu");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
