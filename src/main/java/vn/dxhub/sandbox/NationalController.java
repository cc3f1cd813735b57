package vn.dxhub.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.config.HubProperties;
import vn.dxhub.store.PayloadArchive;

/**
 * The national digital-transformation evaluation system (docs/national-intake.md): OAuth2 client-credentials tokens,
 * batch intake with an answer per record, idempotent on the key, and a report of what it received for tests. Its
 * fault plan is "national": the shared faults (500, 503, 429, 401, MALFORMED, TIMEOUT, latency) hit before the batch
 * is read; ANSWER_LOST takes the batch and then loses the answer behind a gateway's 502, as TRUNCATED and TIMEOUT also
 * leave a taken batch unanswered. Its call log ({@code GET /sandbox/calls/national}) keeps the SHA-256 of each batch
 * body as received.
 */
@SimulatorsEnabled
@RestController("sandboxNationalController")
@RequestMapping("/sandbox/national")
class NationalController {

    static final String SIMULATOR = "national";

    static final String GATEWAY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
            + "<hr><center>nginx</center></body></html>";

    private final NationalIntake intake;
    private final SandboxTokens tokens;
    private final SandboxFaults faults;
    private final int maxBatchSize;

    NationalController(NationalIntake intake, @Qualifier("sandboxNationalTokens") SandboxTokens tokens, SandboxFaults faults,
            HubProperties properties) {
        this.intake = intake;
        this.tokens = tokens;
        this.faults = faults;
        this.maxBatchSize = properties.getSimulators().getNational().getMaxBatchSize();
    }

    @PostMapping("/oauth/token")
    ResponseEntity<Map<String, Object>> token(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam MultiValueMap<String, String> form) {
        return tokens.tokenAnswer(SIMULATOR, authorization, form);
    }

    @PostMapping("/api/v1/batches")
    ResponseEntity<?> batch(HttpServletRequest request, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) byte[] body) {
        if (request.getAttribute(FaultInjector.callAttribute(SIMULATOR)) instanceof SandboxCalls.Call call && body != null) {
            call.bodySha256(PayloadArchive.sha256(body));
        }
        if (!tokens.authorizes(SIMULATOR, authorization)) {
            return SandboxTokens.invalidToken();
        }
        IntakeBatch batch;
        try {
            batch = IntakeBatch.read(body, maxBatchSize);
        } catch (IntakeBatch.Refused refused) {
            return ResponseEntity.status(refused.status()).body(Map.of("error", refused.status() == 413 ? "batch_too_large" : "invalid_batch",
                    "field", refused.field(), "message", refused.getMessage()));
        }
        NationalIntake.Answered answered = intake.take(batch, faults.plan(SIMULATOR));
        if (request.getAttribute(FaultInjector.CONTENT_FAULT) == FaultPlan.Kind.ANSWER_LOST) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.TEXT_HTML).body(GATEWAY_PAGE);
        }
        return ResponseEntity.ok(answered);
    }

    /** Test report: batches taken, every record submission, the duplicates suppressed, the outcome of each key. */
    @GetMapping("/received")
    NationalIntake.Report received() {
        return intake.report();
    }

    /** Test control: forgets everything, as a fresh national system. */
    @DeleteMapping("/received")
    ResponseEntity<Void> forget() {
        intake.forget();
        return ResponseEntity.noContent().build();
    }
}
