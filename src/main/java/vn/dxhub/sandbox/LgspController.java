package vn.dxhub.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/** A provincial LGSP gateway: OAuth2 client-credentials tokens, then the province's indicator values, paged. */
@SimulatorsEnabled
@RestController("sandboxLgspController")
@RequestMapping("/sandbox/lgsp/{province}")
class LgspController {

    static final String SIMULATOR = "lgsp";

    private final LgspRecords records;
    private final SandboxTokens tokens;
    private final SandboxFaults faults;

    LgspController(LgspRecords records, @Qualifier("sandboxLgspTokens") SandboxTokens tokens, SandboxFaults faults) {
        this.records = records;
        this.tokens = tokens;
        this.faults = faults;
    }

    @PostMapping("/oauth2/token")
    ResponseEntity<Map<String, Object>> token(@PathVariable String province,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam MultiValueMap<String, String> form) {
        if (records.gateway(province).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found"));
        }
        return tokens.tokenAnswer(province, authorization, form);
    }

    /** Test control: every token of this gateway stops working, as after a key rotation. */
    @DeleteMapping("/oauth2/tokens")
    ResponseEntity<Void> revokeTokens(@PathVariable String province) {
        tokens.revokeAll(province);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/chi-tieu")
    ResponseEntity<?> indicators(@PathVariable String province,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String kyBaoCao,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String pageSize) {
        Optional<ReportingUnit> gateway = records.gateway(province);
        if (gateway.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "Không có cổng LGSP của đơn vị " + province);
        }
        if (!tokens.authorizes(province, authorization)) {
            return SandboxTokens.invalidToken();
        }
        Optional<Period> quarter = QuarterText.parse(kyBaoCao);
        if (quarter.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "Tham số kyBaoCao không hợp lệ: " + kyBaoCao);
        }
        Integer pageNumber = number(page, 1);
        if (pageNumber == null || pageNumber < 1) {
            return error(HttpStatus.BAD_REQUEST, "Tham số page không hợp lệ: " + page);
        }
        Integer size = number(pageSize, LgspRecords.DEFAULT_PAGE_SIZE);
        if (size == null || size < 1) {
            return error(HttpStatus.BAD_REQUEST, "Tham số pageSize không hợp lệ: " + pageSize);
        }
        return ResponseEntity.ok(records.page(gateway.get(), quarter.get(), pageNumber,
                Math.min(size, LgspRecords.MAX_PAGE_SIZE), faults.plan(SIMULATOR)));
    }

    /** The parameter as a number, its default when absent, null when it is not a number. */
    static Integer number(String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("maLoi", Integer.toString(status.value()));
        body.put("moTa", message);
        return ResponseEntity.status(status).body(body);
    }
}
