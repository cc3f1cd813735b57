package vn.dxhub.connector.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.HttpSources;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.PageCount;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.QueryStrings;
import vn.dxhub.connector.SourcePuller;
import vn.dxhub.mapping.JsonPaths;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.validation.Problem;

/**
 * reporting-system: the report documents a unit submitted to the government reporting system for a period. The
 * list of reports is read page by page (JSON); each report is then fetched at {@code {baseUrl}/{id}} in the format
 * its mapping reads (JSON, or XML read with XPath and parsed with DTDs refused), archived and mapped like a page.
 * A hostile document is quarantined whole without being expanded, and the other reports go on.
 */
@Component
class ReportingSystemPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.rest("reporting-system", "Hệ thống thông tin báo cáo",
            "Report documents of the government reporting system (JSON or XML), listed per unit and period, then fetched one by one",
            "reporting", List.of(
                    ParameterSpec.required("baseUrl", ParameterSpec.Type.URL, "Địa chỉ danh sách báo cáo",
                            "URL of the report collection, e.g. https://baocao.example.gov.vn/api/v1/bao-cao; a report is fetched at {baseUrl}/{id}."),
                    ParameterSpec.secret("apiKey", "Khóa API", "API key issued by the reporting system, as a reference such as {{env:BAO_CAO_API_KEY}}."),
                    ParameterSpec.optional("apiKeyHeader", ParameterSpec.Type.TEXT, "X-API-Key", "Header của khóa API", "Header that carries the key."),
                    ParameterSpec.required("unit", ParameterSpec.Type.UNIT, "Đơn vị báo cáo", "Hub id of the reporting unit whose reports are read (01, 48, ...)."),
                    ParameterSpec.optional("unitParam", ParameterSpec.Type.TEXT, "maDonVi", "Tham số đơn vị", "Query parameter of the unit code."),
                    ParameterSpec.optional("periodParam", ParameterSpec.Type.TEXT, "kyBaoCao", "Tham số kỳ", "Query parameter of the period id (2025Q3)."),
                    ParameterSpec.optional("pageParam", ParameterSpec.Type.TEXT, "trang", "Tham số trang", "Query parameter of the list page number (from 1)."),
                    ParameterSpec.optional("pageSizeParam", ParameterSpec.Type.TEXT, "soBanGhi", "Tham số cỡ trang", "Query parameter of the list page size."),
                    ParameterSpec.optional("pageSize", ParameterSpec.Type.INTEGER, "20", "Cỡ trang", "Reports per list page."),
                    ParameterSpec.optional("reportsPath", ParameterSpec.Type.TEXT, "$.danhSach[*]", "Đường dẫn danh sách",
                            "JSONPath of the reports in a list page."),
                    ParameterSpec.optional("idPath", ParameterSpec.Type.TEXT, "$.maBaoCao", "Đường dẫn mã báo cáo",
                            "JSONPath of a report's id within its list entry."),
                    ParameterSpec.optional("totalPagesPath", ParameterSpec.Type.TEXT, "$.tongSoTrang", "Đường dẫn tổng số trang",
                            "JSONPath of the list's page count; empty when the list is not paged.")));

    private final HttpSources httpSources;

    ReportingSystemPuller(HttpSources httpSources) {
        this.httpSources = httpSources;
    }

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        HttpSource http = httpSources.of(c);
        int page = 1;
        int lastPage;
        do {
            String listUrl = listUrl(c, period, page);
            JsonNode list = http.get(listUrl, headers(c, "application/json"), (in, type) -> JsonBodies.parse(HttpSource.readBody(in), listUrl));
            List<JsonNode> entries = entries(list, c.text("reportsPath"));
            for (int i = 0; i < entries.size(); i++) {
                String id = id(entries.get(i), c.text("idPath"));
                if (id == null) {
                    run.quarantine(entries.get(i).toString(), listUrl + " #" + i, List.of(new Problem(c.text("idPath"), null,
                            "mục trong danh sách báo cáo không có mã báo cáo, không tải được", "a listed report has no id and cannot be fetched")), null);
                } else {
                    fetchReport(c, run, http, id);
                }
            }
            lastPage = PageCount.of(list, c.text("totalPagesPath"), "totalPagesPath");
            page++;
        } while (page <= lastPage);
    }

    private record Report(byte[] body, String contentType, ParsedPayload parsed) {}

    private void fetchReport(ConnectorInstance c, ConnectorRun run, HttpSource http, String id) {
        String url = c.text("baseUrl").replaceAll("/+$", "") + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        Report report = http.get(url, headers(c, accept(run.mapping())), (in, type) -> {
            byte[] body = HttpSource.readBody(in);
            return new Report(body, type, run.parse(body, type, url));
        });
        run.page(report.body(), report.parsed(), report.contentType(), url);
    }

    private static String accept(Mapping mapping) {
        return mapping.format() == Mapping.Format.XML ? "application/xml" : "application/json";
    }

    private static List<JsonNode> entries(JsonNode list, String path) {
        JsonNode selected = JsonPaths.read(list, path);
        List<JsonNode> entries = new ArrayList<>();
        if (selected != null && selected.isArray()) {
            selected.forEach(entries::add);
        } else if (selected != null) {
            entries.add(selected);
        }
        return entries;
    }

    private static String id(JsonNode entry, String path) {
        JsonNode id = JsonPaths.read(entry, path);
        return id == null || !id.isValueNode() || id.asText().isBlank() ? null : id.asText().strip();
    }

    private static Map<String, String> headers(ConnectorInstance c, String accept) {
        return Map.of(c.text("apiKeyHeader"), c.text("apiKey"), "Accept", accept);
    }

    private static String listUrl(ConnectorInstance c, Period period, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(c.text("unitParam"), c.text("unit"));
        params.put(c.text("periodParam"), period.id());
        params.put(c.text("pageParam"), Integer.toString(page));
        params.put(c.text("pageSizeParam"), c.text("pageSize"));
        return QueryStrings.append(c.text("baseUrl"), params);
    }
}
