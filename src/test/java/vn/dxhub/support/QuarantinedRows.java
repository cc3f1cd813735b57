package vn.dxhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.dxhub.mapping.table.PhuLuc01Workbook;

/**
 * Quarantined records put in place the way the hub makes them: the quick start's sample Phụ lục 01 (Lào Cai, Quý III/2026)
 * uploaded to a file-drop connector, which stores eight rows and quarantines two with their reasons (row 20: 135.2 % is
 * above 100; row 25: "chưa có số liệu" is not a number).
 */
public final class QuarantinedRows {

    public static final String CONNECTOR = "file-up";
    public static final String ROW_20 = "phu-luc-01-lao-cai.xlsx sheet 'Phụ lục 01' row 20";
    public static final String ROW_25 = "phu-luc-01-lao-cai.xlsx sheet 'Phụ lục 01' row 25";

    private QuarantinedRows() {}

    /** The test context's routes: one file-drop connector {@value #CONNECTOR} with the Phụ lục 01 mapping. */
    public static void connector(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("dxhub-uploads");
            Path routes = HubTestData.routes(Map.of("file/test.yaml", """
                    - templatedRoute:
                        routeTemplateRef: file-drop
                        routeId: %s
                        parameters:
                          - { name: connectorId, value: %s }
                          - { name: folder, value: "%s" }
                          - { name: mapping, value: phu-luc-01/bieu-mau.yaml }
                    """.formatted(CONNECTOR, CONNECTOR, folder.toAbsolutePath().toString().replace('\\', '/'))));
            registry.add("hub.routes-dir", routes::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the sample as the operator; the answer's status is checked by the caller. */
    public static ResponseEntity<String> upload(TestRestTemplate http) {
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            return HubUsers.OPERATOR.on(http).postForEntity("/api/connectors/{id}/files?name={name}",
                    new HttpEntity<>(Files.readAllBytes(PhuLuc01Workbook.SAMPLE), headers), String.class, CONNECTOR, "phu-luc-01-lao-cai.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
