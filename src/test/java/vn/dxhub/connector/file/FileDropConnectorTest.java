package vn.dxhub.connector.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dxhub.support.HubTestData.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxhub.support.HubUsers;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.mapping.table.PhuLuc01Workbook;
import vn.dxhub.store.ConnectorLeases;
import vn.dxhub.support.HubTestData;

/**
 * file-drop with the quick start's sample Phụ lục 01 (Lào Cai, Quý III/2026, two rows wrong on purpose): uploaded
 * through the API and dropped in watched folders, including refused files and the API's error answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hub.files.max-file-size=1MB")
@ExtendWith(OutputCaptureExtension.class)
class FileDropConnectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path UPLOADS = folder("uploads");
    private static final Path DROP = folder("drop");
    private static final Path KEPT = folder("kept");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConnectorLeases leases;

    private static Path folder(String name) {
        try {
            return Files.createTempDirectory("dxhub-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String connector(String id, Path folder, boolean leaveInPlace) {
        return """
                - templatedRoute:
                    routeTemplateRef: file-drop
                    routeId: %s
                    parameters:
                      - { name: connectorId, value: %s }
                      - { name: folder, value: "%s" }
                      - { name: mapping, value: phu-luc-01/bieu-mau.yaml }
                      - { name: leaveInPlace, value: "%s" }
                      - { name: pollInterval, value: 300ms }
                """.formatted(id, id, folder.toAbsolutePath().toString().replace('\\', '/'), leaveInPlace);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Path routes = HubTestData.routes(Map.of(
                "file/test.yaml", connector("file-up", UPLOADS, false) + connector("file-drop", DROP, false) + connector("file-kept", KEPT, true),
                "sql/other.yaml", """
                        - templatedRoute:
                            routeTemplateRef: sql
                            routeId: sql-other
                            parameters:
                              - { name: connectorId, value: sql-other }
                              - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                              - { name: query, value: "select 1 from sandbox_mot_cua where nam = :year" }
                              - { name: mapping, value: sql/mot-cua.yaml }
                        """));
        registry.add("hub.routes-dir", routes::toString);
    }

    @BeforeEach
    void emptyHub() {
        HubTestData.clean(jdbc);
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(PhuLuc01Workbook.SAMPLE);
    }

    private ResponseEntity<String> upload(String connector, String name, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/{id}/files?name={name}", new HttpEntity<>(body, headers), String.class, connector, name);
    }

    private static JsonNode json(ResponseEntity<String> answer) throws IOException {
        return JSON.readTree(answer.getBody());
    }

    @Test
    void uploadingTheSampleStoresTheRestAndQuarantinesTheTwoWrongRowsWithTheirRowNumbers() throws IOException {
        ResponseEntity<String> answer = upload("file-up", "phu-luc-01-lao-cai.xlsx", sample());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.path("stored").asInt()).isEqualTo(8);
        assertThat(body.path("quarantined").asInt()).isEqualTo(2);
        assertThat(body.path("rows").asInt()).isEqualTo(10);
        JsonNode rows = body.path("quarantinedRows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("sheet").asText()).isEqualTo("Phụ lục 01");
        assertThat(rows.get(0).path("row").asInt()).isEqualTo(20);
        assertThat(rows.get(0).path("reasons").get(0).path("field").asText()).isEqualTo("value");
        assertThat(rows.get(0).path("reasons").get(0).path("value").asText()).isEqualTo("135.2");
        assertThat(rows.get(1).path("row").asInt()).isEqualTo(25);
        assertThat(rows.get(1).path("reasons").get(0).path("value").asText()).isEqualTo("chưa có số liệu");
        assertThat(rows.get(1).path("reasons").get(0).path("messageVi").asText()).contains("không phải số");

        assertThat(count(jdbc, "select count(*) from observation where source_system = 'file' and unit_id = '15' and period_id = '2026Q3'"))
                .isEqualTo(8);
        assertThat(jdbc.sql("select obs_value from observation where indicator_code = '1.5'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("87.6");
        assertThat(jdbc.sql("select request_ref from raw_payload where connector_id = 'file-up'").query(String.class).list())
                .containsExactly("phu-luc-01-lao-cai.xlsx");
        assertThat(jdbc.sql("select record_locator from quarantine order by record_locator").query(String.class).list()).containsExactly(
                "phu-luc-01-lao-cai.xlsx sheet 'Phụ lục 01' row 20", "phu-luc-01-lao-cai.xlsx sheet 'Phụ lục 01' row 25");
        assertThat(jdbc.sql("select trigger_kind || ' ' || status from connector_run where id = ?").param(body.path("runId").asLong())
                .query(String.class).single()).isEqualTo("upload succeeded");
    }

    @Test
    void uploadingTheSameFileAgainChangesNothing() throws IOException {
        upload("file-up", "phu-luc-01-lao-cai.xlsx", sample());

        JsonNode again = json(upload("file-up", "phu-luc-01-lao-cai.xlsx", sample()));

        assertThat(again.path("stored").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(8);
        assertThat(again.path("quarantinedRows")).as("the file's rows in quarantine, parked once").hasSize(2);
        assertThat(count(jdbc, "select count(*) from observation_revision")).isEqualTo(8);
        assertThat(count(jdbc, "select count(*) from quarantine")).isEqualTo(2);
        assertThat(count(jdbc, "select count(*) from raw_payload")).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from connector_run where connector_id = 'file-up' and status = 'succeeded'")).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithOneClearMessageAndAFailedRun() throws IOException {
        ResponseEntity<String> answer = upload("file-up", "bao-cao.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json(answer);
        assertThat(error.path("messageVi").asText()).contains("không phải bảng tính").contains("PDF").contains("CSV");
        assertThat(error.path("messageEn").asText()).contains("not a spreadsheet").contains("PDF");
        assertThat(jdbc.sql("select status || ' ' || error_kind from connector_run where id = ?").param(error.path("runId").asLong())
                .query(String.class).single()).isEqualTo("failed permanent");
        assertThat(count(jdbc, "select count(*) from raw_payload")).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] big = "1;1.4;87,5\n".repeat(120_000).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> answer = upload("file-up", "qua-lon.csv", big);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(json(answer).path("messageVi").asText()).contains("vượt giới hạn 1.0 MB").contains("hub.files.max-file-size");
    }

    @Test
    void anUploadWithoutADeclaredLengthIsCutAtTheLimitAndRefused() throws IOException {
        byte[] big = "1;1.4;87,5\n".repeat(120_000).getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        org.springframework.core.io.InputStreamResource chunked = new org.springframework.core.io.InputStreamResource(
                new java.io.ByteArrayInputStream(big)) {
            @Override
            public long contentLength() {
                return -1; // unknown: sent chunked
            }
        };

        ResponseEntity<String> answer = HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/file-up/files?name=qua-lon.csv", new HttpEntity<>(chunked, headers),
                String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json(answer).path("messageVi").asText()).contains("vượt giới hạn 1.0 MB");
        assertThat(jdbc.sql("select status from connector_run where id = ?").param(json(answer).path("runId").asLong()).query(String.class).single())
                .isEqualTo("failed");
    }

    @Test
    void answersNotFoundConflictAndBadRequestAsTheApiDoes() throws IOException {
        assertThat(upload("khong-co", "a.xlsx", sample()).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> notAFileConnector = upload("sql-other", "a.xlsx", sample());
        assertThat(notAFileConnector.getStatusCode().value()).isEqualTo(400);
        assertThat(json(notAFileConnector).path("messageVi").asText()).contains("không nhận tệp");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/file-up/files", new HttpEntity<>(sample(), headers), String.class).getStatusCode().value())
                .as("no file name").isEqualTo(400);

        assertThat(leases.acquire("file-up", Duration.ofMinutes(1))).isTrue();
        try {
            assertThat(upload("file-up", "a.xlsx", sample()).getStatusCode().value()).isEqualTo(409);
        } finally {
            leases.release("file-up");
        }
        assertThat(count(jdbc, "select count(*) from observation")).isZero();
    }

    @Test
    void aFileDropConnectorIsNotStartedAsAScheduledRun() throws IOException {
        ResponseEntity<String> run = HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/file-up/runs", null, String.class);

        assertThat(run.getStatusCode().value()).isEqualTo(400);
        assertThat(json(run).path("messageVi").asText()).contains("không chạy theo kỳ").contains("/api/connectors/file-up/files");
        assertThat(count(jdbc, "select count(*) from connector_run")).isZero();
    }

    @Test
    void aFileDroppedInTheFolderIsImportedAndMovedToTheProcessedFolder() throws IOException {
        Files.write(DROP.resolve("phu-luc-01-lao-cai.xlsx"), sample());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(filesIn(DROP.resolve("da-nhap"))).anySatisfy(f -> assertThat(f).endsWith("-phu-luc-01-lao-cai.xlsx"));
            assertThat(DROP.resolve("phu-luc-01-lao-cai.xlsx")).doesNotExist();
        });
        assertThat(count(jdbc, "select count(*) from observation where source_system = 'file'")).isEqualTo(8);
        assertThat(count(jdbc, "select count(*) from quarantine where connector_id = 'file-drop'")).isEqualTo(2);
        assertThat(jdbc.sql("select trigger_kind || ' ' || status || ' ' || periods from connector_run where connector_id = 'file-drop'")
                .query(String.class).single()).isEqualTo("folder succeeded phu-luc-01-lao-cai.xlsx");
    }

    @Test
    void aRefusedFileGoesToTheRefusedFolderAndItsRunSaysWhyWithoutAStackTrace(CapturedOutput output) throws IOException {
        Files.write(DROP.resolve("bieu-mau.docx.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(filesIn(DROP.resolve("bi-tu-choi"))).singleElement().asString().endsWith("-bieu-mau.docx.xlsx"));
        assertThat(jdbc.sql("select status || ' ' || error_kind || ' ' || error_message from connector_run where connector_id = 'file-drop'")
                .query(String.class).single()).startsWith("failed permanent Tệp không phải bảng tính").contains("ảnh (PNG, JPEG, GIF)");
        assertThat(output.getAll()).doesNotContain("UnreadablePayloadException").doesNotContain("SourceException").doesNotContain("\tat ");
    }

    @Test
    void aFileArrivingWhileTheConnectorIsBusyWaitsForTheNextLook() throws IOException {
        assertThat(leases.acquire("file-drop", Duration.ofMinutes(1))).isTrue();
        try {
            Files.write(DROP.resolve("cho.xlsx"), sample());
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> Files.exists(DROP.resolve("cho.xlsx")));
            assertThat(count(jdbc, "select count(*) from connector_run where connector_id = 'file-drop'")).isZero();
        } finally {
            leases.release("file-drop");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(filesIn(DROP.resolve("da-nhap"))).anySatisfy(f -> assertThat(f).endsWith("-cho.xlsx")));
        assertThat(count(jdbc, "select count(*) from observation where source_system = 'file'")).isEqualTo(8);
    }

    @Test
    void theUploadIsInTheOpenApiDocument() {
        assertThat(HubUsers.OPERATOR.on(http).getForObject("/api/openapi", String.class)).contains("/connectors/{id}/files").contains("application/octet-stream");
    }

    @Test
    void aFileLeftInPlaceIsImportedOnceWhileItStaysTheSame() throws IOException {
        Files.write(KEPT.resolve("phu-luc-01-lao-cai.xlsx"), sample());

        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "select count(*) from connector_run where connector_id = 'file-kept'") == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> count(jdbc, "select count(*) from connector_run where connector_id = 'file-kept'") == 1);
        assertThat(KEPT.resolve("phu-luc-01-lao-cai.xlsx")).exists();
        assertThat(count(jdbc, "select count(*) from observation where source_system = 'file'")).isEqualTo(8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
