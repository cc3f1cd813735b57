package vn.dxhub.sandbox;

import vn.dxhub.config.HubProperties;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/** The public-services portal (Cổng DVC): dossiers page by page, the number of online services, ready-made statistics. */
@SimulatorsEnabled
@RestController("sandboxDvcController")
@RequestMapping("/sandbox/dvc/api")
class DvcController {

    static final String SIMULATOR = "dvc";
    static final String API_KEY_HEADER = "X-API-Key";
    static final long MAX_TOTAL = 100_000_000L;

    private final DvcDossiers dossiers;
    private final DvcStatistics statistics;
    private final SandboxFaults faults;
    private final ObjectMapper mapper;
    private final String apiKey;

    DvcController(DvcDossiers dossiers, DvcStatistics statistics, SandboxFaults faults, ObjectMapper mapper,
            HubProperties properties) {
        this.dossiers = dossiers;
        this.statistics = statistics;
        this.faults = faults;
        this.mapper = mapper;
        this.apiKey = properties.getSimulators().getDvc().getApiKey();
    }

    @GetMapping("/ho-so")
    void dossiers(@RequestHeader(value = API_KEY_HEADER, required = false) String key,
            @RequestParam(required = false) String maTinh, @RequestParam(required = false) String kyBaoCao,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String tongSo, HttpServletResponse response) throws IOException {
        ResponseEntity<?> refused = refused(key, maTinh, kyBaoCao);
        Integer pageNumber = LgspController.number(page, 0);
        Integer pageSize = LgspController.number(size, DvcPageWriter.DEFAULT_SIZE);
        Long total = tongSo == null || tongSo.isBlank() ? null : parseLong(tongSo);
        if (refused == null && (pageNumber == null || pageNumber < 0)) {
            refused = badRequest("Tham số page không hợp lệ: " + page);
        } else if (refused == null && (pageSize == null || pageSize < 1)) {
            refused = badRequest("Tham số size không hợp lệ: " + size);
        } else if (refused == null && tongSo != null && !tongSo.isBlank() && (total == null || total < 0 || total > MAX_TOTAL)) {
            refused = badRequest("Tham số tongSo không hợp lệ: " + tongSo);
        }
        if (refused != null) {
            response.setStatus(refused.getStatusCode().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
            mapper.writeValue(response.getOutputStream(), refused.getBody());
            return;
        }
        ReportingUnit province = dossiers.province(maTinh).orElseThrow();
        Period quarter = QuarterText.parse(kyBaoCao).orElseThrow();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        try (JsonGenerator json = mapper.getFactory().createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DvcPageWriter.write(json, dossiers.batch(province, quarter), pageNumber, Math.min(pageSize, DvcPageWriter.MAX_SIZE),
                    total != null ? total : statistics.defaultTotal(quarter), faults.plan(SIMULATOR));
        }
    }

    @GetMapping("/dich-vu/thong-ke")
    ResponseEntity<?> services(@RequestHeader(value = API_KEY_HEADER, required = false) String key,
            @RequestParam(required = false) String maTinh) {
        ResponseEntity<?> refused = refused(key, maTinh, "2025Q3");
        if (refused != null) {
            return refused;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("maTinh", maTinh);
        body.put("soDichVuTrucTuyen", dossiers.onlineServices());
        return ResponseEntity.ok(body);
    }

    /** One province's statistics, or (without maTinh) an array of all 34. */
    @GetMapping("/thong-ke")
    ResponseEntity<?> statistics(@RequestHeader(value = API_KEY_HEADER, required = false) String key,
            @RequestParam(required = false) String maTinh, @RequestParam(required = false) String kyBaoCao) {
        boolean all = maTinh == null || maTinh.isBlank();
        ResponseEntity<?> refused = refused(key, all ? "01" : maTinh, kyBaoCao);
        if (refused != null) {
            return refused;
        }
        Period quarter = QuarterText.parse(kyBaoCao).orElseThrow();
        List<ReportingUnit> provinces = dossiers.provinces();
        if (!all) {
            ReportingUnit province = dossiers.province(maTinh).orElseThrow();
            return ResponseEntity.ok(statistics.answer(province, quarter, provinces.indexOf(province)));
        }
        return ResponseEntity.ok(provinces.stream().map(p -> statistics.answer(p, quarter, provinces.indexOf(p))).toList());
    }

    /** The refusal for a wrong key or parameter, or null when the request may go on. */
    private ResponseEntity<?> refused(String key, String maTinh, String kyBaoCao) {
        if (!apiKey.equals(key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid api key"));
        }
        Optional<ReportingUnit> province = dossiers.province(maTinh);
        if (province.isEmpty()) {
            return badRequest("Tham số maTinh không hợp lệ: " + maTinh);
        }
        if (QuarterText.parse(kyBaoCao).isEmpty()) {
            return badRequest("Tham số kyBaoCao không hợp lệ: " + kyBaoCao);
        }
        return null;
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("message", message);
        return ResponseEntity.badRequest().body(body);
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
