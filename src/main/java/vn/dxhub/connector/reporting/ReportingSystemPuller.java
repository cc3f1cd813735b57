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
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SourcePuller;
import vn.dxhub.mapping.JsonPaths;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.validation.Problem;

/**
 * reporting-system: the report documents a unit submitted to the government reporting system for a period. The
 * list of reports is read page by page (JSON); each report is then fetched at {@code {baseUrl}/{id}} in the format
 * its mapping reads (JSON, or XML read with XPath and parsed with DTDs refused), archived and mapped like a page.
 * A hostile document, or one not in the mapping's format, is quarantined whole without being expanded, and the
 * other reports go on.
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

    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]{1,200}");

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
            List<Integer> unusable = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String id = id(entries.get(i), c.text("idPath"));
                if (id == null) {
                    unusable.add(i);
                } else {
                    fetchReport(c, run, http, id);
                }
            }
            quarantineUnusable(run, listUrl, list, entries, unusable, c.text("idPath"));
            lastPage = PageCount.of(list, c.text("totalPagesPath"), "totalPagesPath");
            page++;
        } while (page <= lastPage);
    }

    /**
     * List entries whose report cannot be fetched are quarantined with the list page they came in, which is archived
     * so the entry can be seen as the system sent it; a list page seen before is not quarantined again.
     */
    private static void quarantineUnusable(ConnectorRun run, String listUrl, JsonNode list, List<JsonNode> entries, List<Integer> unusable,
                                           String idPath) {
        if (unusable.isEmpty()) {
            return;
        }
        byte[] body = list.toString().getBytes(StandardCharsets.UTF_8);
        var archived = run.archiveOnly(body, "application/json", listUrl, unusable.size());
        if (archived.seenBefore()) {
            return;
        }
        for (int i : unusable) {
            run.quarantine(entries.get(i).toString(), listUrl + " #" + i, List.of(new Problem(idPath, JsonPaths.read(entries.get(i), idPath) == null
                    ? null : JsonPaths.read(entries.get(i), idPath).asText(), "mục trong danh sách báo cáo không có mã báo cáo dùng được"
                    + " (chữ, số, '.', '_', '-'), không tải được", "a listed report has no usable id (letters, digits, '.', '_', '-') and cannot be fetched")),
                    archived.id());
        }
        run.markProcessed(archived.id());
    }

    private record Report(byte[] body, String contentType, ParsedPayload parsed) {}

    /**
     * Fetches one report. A report that is not in the mapping's format (not well-formed XML, an HTML page) is
     * quarantined whole like a hostile one, and the unit's other reports go on; one cut short is fetched again.
     */
    private void fetchReport(ConnectorInstance c, ConnectorRun run, HttpSource http, String id) {
        String url = c.text("baseUrl").replaceAll("/+$", "") + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        Report report = http.get(url, headers(c, accept(run.mapping())), (in, type) -> {
            byte[] body = HttpSource.readBody(in);
            return new Report(body, type, parseOrRefuse(run, body, type, url));
        });
        run.page(report.body(), report.parsed(), report.contentType(), url);
    }

    private static ParsedPayload parseOrRefuse(ConnectorRun run, byte[] body, String contentType, String url) {
        try {
            return run.parse(body, contentType, url);
        } catch (SourceException e) {
            if (e.isTransient()) {
                throw e;
            }
            String[] message = e.getMessage().split(" / ", 2);
            return new ParsedPayload.Refused(List.of(new Problem("$", contentType, message[0], message.length > 1 ? message[1] : message[0])));
        }
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

    /** The report's id, or null when there is none or it could name another address ("..", "a/b"). */
    private static String id(JsonNode entry, String path) {
        JsonNode id = JsonPaths.read(entry, path);
        String text = id == null || !id.isValueNode() ? "" : id.asText().strip();
        return SAFE_ID.matcher(text).matches() && !text.matches("\\.+") ? text : null;
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
