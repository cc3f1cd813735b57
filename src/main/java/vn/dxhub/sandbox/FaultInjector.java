package vn.dxhub.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies a simulator's {@link FaultPlan} to every request under {@code /sandbox/{simulator}/**}, so each
 * simulator (present or future) gets latency, trickling, one-shot faults and call logging without code
 * of its own. DELETE requests (revoking tokens, forgetting) and a simulator's report for tests
 * ({@code /sandbox/{simulator}/received}) are test controls: they are logged, never faulted. The faults that answer
 * in the simulator's place (HTTP_5xx, HTTP_429, HTTP_401, MALFORMED, XXE, BILLION_LAUGHS) answer before the
 * simulator reads the request; TIMEOUT and TRUNCATED let it answer (a POST is taken) and hold or cut the answer.
 *
 * <p>It runs on requests and on forwards, once per simulator: a call the NDXP exchange forwards to the LGSP
 * simulator gets the exchange's faults on arrival and the LGSP simulator's on the forward, each once, and leaves
 * a log entry on both sides. The call being answered is kept in a request attribute ({@link #callAttribute}) so
 * the simulator can add what it knows to its log entry.
 */
final class FaultInjector implements Filter {

    /** Path segments under /sandbox that are the fault API itself, not a simulator. */
    static final Set<String> CONTROL_SEGMENTS = Set.of("faults", "calls");

    static final String MALFORMED_BODY = "<html><body>Bad Gateway</body></html>";

    /** The last segment of a simulator's report for tests, which faults never hit. */
    static final String REPORT_PATH = "/received";

    /** The request attribute carrying a content fault ({@link FaultPlan.Kind#inContent()}) to the simulator that must produce it. */
    static final String CONTENT_FAULT = FaultInjector.class.getName() + ".contentFault";

    private final SandboxFaults faults;
    private final SandboxCalls calls;
    private final long timeoutFaultMs;

    FaultInjector(SandboxFaults faults, SandboxCalls calls, long timeoutFaultMs) {
        this.faults = faults;
        this.calls = calls;
        this.timeoutFaultMs = timeoutFaultMs;
    }

    /** The request attribute holding the simulator's log entry of the call; also marks its faults as applied. */
    static String callAttribute(String simulator) {
        return "vn.dxhub.sandbox.call." + simulator;
    }

    /** "lgsp" for /sandbox/lgsp/01/api/v1/chi-tieu; null outside the simulators. */
    static String simulatorOf(String path) {
        if (!path.startsWith("/sandbox/")) {
            return null;
        }
        int end = path.indexOf('/', "/sandbox/".length());
        String name = end < 0 ? path.substring("/sandbox/".length()) : path.substring("/sandbox/".length(), end);
        return name.isEmpty() || CONTROL_SEGMENTS.contains(name) ? null : name;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String simulator = simulatorOf(path);
        if (simulator == null || request.getAttribute(callAttribute(simulator)) != null) {
            chain.doFilter(request, response);
            return;
        }
        SandboxCalls.Call call = calls.arrived(simulator, request.getMethod(), path, request.getQueryString());
        request.setAttribute(callAttribute(simulator), call);
        try {
            if ("DELETE".equals(request.getMethod()) || path.endsWith(REPORT_PATH)) {
                chain.doFilter(request, response);
            } else {
                faulted(simulator, path, call, request, response, chain);
            }
        } finally {
            call.answered(response.getStatus());
        }
    }

    private void faulted(String simulator, String path, SandboxCalls.Call call, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        FaultPlan plan = faults.plan(simulator);
        pause(plan.latencyMs());
        HttpServletResponse out = plan.trickleBytesPerSecond() > 0 ? new TrickleResponse(response, plan.trickleBytesPerSecond()) : response;
        FaultPlan.OneShot shot = faults.take(simulator, path).orElse(null);
        if (shot == null) {
            chain.doFilter(request, out);
            out.flushBuffer();
            return;
        }
        call.faulted(shot.fault().name());
        if (shot.fault().inContent()) {
            request.setAttribute(CONTENT_FAULT, shot.fault());
            chain.doFilter(request, out);
            out.flushBuffer();
            return;
        }
        switch (shot.fault()) {
            case HTTP_500 -> error(out, 500, null, "{\"error\":\"internal_server_error\",\"message\":\"Lỗi hệ thống (giả lập) / simulated server error\"}");
            case HTTP_503 -> error(out, 503, shot.retryAfterSeconds(), "{\"error\":\"service_unavailable\",\"message\":\"Dịch vụ tạm ngừng (giả lập) / simulated outage\"}");
            case HTTP_429 -> error(out, 429, shot.retryAfterSeconds(), "{\"error\":\"too_many_requests\",\"message\":\"Vượt hạn mức gọi (giả lập) / simulated rate limit\"}");
            case HTTP_401 -> {
                out.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                error(out, 401, null, "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired or was revoked\"}");
            }
            case MALFORMED -> error(out, 200, null, MALFORMED_BODY);
            case XXE -> xml(out, HostileXml.externalEntity(canaryUrl(request, simulator)));
            case BILLION_LAUGHS -> xml(out, HostileXml.billionLaughs());
            case TRUNCATED -> truncated(request, out, chain);
            case TIMEOUT -> {
                pause(timeoutFaultMs);
                chain.doFilter(request, out);
                out.flushBuffer();
            }
            default -> throw new IllegalStateException("a content fault is produced by its simulator: " + shot.fault());
        }
    }

    /** The real answer cut in the middle, with a matching Content-Length so the client reads it whole and fails parsing. */
    private static void truncated(HttpServletRequest request, HttpServletResponse out, FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(out);
        chain.doFilter(request, cached);
        byte[] body = cached.getContentAsByteArray();
        int cut = body.length / 2;
        out.setContentLength(cut);
        out.getOutputStream().write(body, 0, cut);
        out.flushBuffer();
    }

    /** Where an external entity of a hostile document points: this simulator's canary path, so its call log shows a fetch. */
    private static String canaryUrl(HttpServletRequest request, String simulator) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath()
                + "/sandbox/" + simulator + HostileXml.CANARY_PATH;
    }

    private static void xml(HttpServletResponse out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.setStatus(200);
        out.setContentType("application/xml;charset=UTF-8");
        out.setContentLength(bytes.length);
        out.getOutputStream().write(bytes);
        out.flushBuffer();
    }

    private static void error(HttpServletResponse out, int status, Integer retryAfterSeconds, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.setStatus(status);
        if (retryAfterSeconds != null) {
            out.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        out.setContentType("application/json;charset=UTF-8");
        out.setContentLength(bytes.length);
        out.getOutputStream().write(bytes);
        out.flushBuffer();
    }

    private static void pause(long ms) throws InterruptedIOException {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("simulated delay interrupted");
        }
    }
}
