package vn.dxhub.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.config.HubProperties;

/**
 * The government reporting system (Hệ thống thông tin báo cáo): the reports a unit submitted for a quarter,
 * listed page by page, and each report document in JSON or XML as the caller's Accept header asks.
 * Every call needs the API key.
 */
@SimulatorsEnabled
@RestController("sandboxReportingSystemController")
@RequestMapping("/sandbox/bao-cao/api/v1/bao-cao")
class ReportingSystemController {

    static final String SIMULATOR = "bao-cao";
    static final String API_KEY_HEADER = "X-API-Key";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final ReportDocuments documents;
    private final SandboxFaults faults;
    private final String apiKey;

    ReportingSystemController(ReportDocuments documents, SandboxFaults faults, HubProperties properties) {
        this.documents = documents;
        this.faults = faults;
        this.apiKey = properties.getSimulators().getReportingSystem().getApiKey();
    }

    /** One page of the report list. */
    record ListPage(String maLoi, String moTa, int trang, int soBanGhiMoiTrang, int tongSoTrang, int tongSoBanGhi,
                    List<ReportDocuments.Listing> danhSach) {}

    @GetMapping
    ResponseEntity<?> list(@RequestHeader(value = API_KEY_HEADER, required = false) String key,
            @RequestParam(required = false) String maDonVi, @RequestParam(required = false) String kyBaoCao,
            @RequestParam(required = false) String trang, @RequestParam(required = false) String soBanGhi) {
        if (!apiKey.equals(key)) {
            return error(HttpStatus.UNAUTHORIZED, "Thiếu hoặc sai khóa API (" + API_KEY_HEADER + ")");
        }
        Optional<ReportingUnit> province = maDonVi == null ? Optional.empty() : documents.province(maDonVi.strip());
        if (province.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "Không có đơn vị báo cáo: " + maDonVi);
        }
        Optional<Period> quarter = QuarterText.parse(kyBaoCao);
        if (quarter.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "Tham số kyBaoCao không hợp lệ: " + kyBaoCao);
        }
        Integer page = LgspController.number(trang, 1);
        Integer size = LgspController.number(soBanGhi, DEFAULT_PAGE_SIZE);
        if (page == null || page < 1 || size == null || size < 1) {
            return error(HttpStatus.BAD_REQUEST, "Tham số trang/soBanGhi không hợp lệ: " + trang + "/" + soBanGhi);
        }
        size = Math.min(size, MAX_PAGE_SIZE);
        List<ReportDocuments.Listing> all = documents.list(province.get(), quarter.get());
        int from = Math.min(all.size(), (page - 1) * size);
        int pages = (all.size() + size - 1) / size;
        return ResponseEntity.ok(new ListPage("0", "Thành công", page, size, pages, all.size(), all.subList(from, Math.min(all.size(), from + size))));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> document(@RequestHeader(value = API_KEY_HEADER, required = false) String key,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, @PathVariable String id) {
        if (!apiKey.equals(key)) {
            return error(HttpStatus.UNAUTHORIZED, "Thiếu hoặc sai khóa API (" + API_KEY_HEADER + ")");
        }
        Optional<ReportDocuments.Document> document = documents.find(id, faults.plan(SIMULATOR));
        if (document.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "Không có báo cáo: " + id);
        }
        String wanted = accept == null ? "" : accept.toLowerCase(java.util.Locale.ROOT);
        if (wanted.contains("xml")) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(ReportDocumentWriter.xml(document.get()));
        }
        if (wanted.isEmpty() || wanted.contains("json") || wanted.contains("*/*")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportDocumentWriter.json(document.get()));
        }
        return error(HttpStatus.NOT_ACCEPTABLE, "Chỉ cung cấp application/json hoặc application/xml, không có: " + accept);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("maLoi", Integer.toString(status.value()));
        body.put("moTa", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
