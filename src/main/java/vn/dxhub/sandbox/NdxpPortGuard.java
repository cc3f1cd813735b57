package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the exchange's port to the exchange: the hub's API and the other simulators are not reachable through it,
 * so nothing can go around the exchange's checks by calling a simulator path on its port.
 */
final class NdxpPortGuard extends OncePerRequestFilter {

    private final NdxpConnector port;
    private final SandboxCalls calls;
    private final String errorHeader;
    private final ObjectMapper json;

    NdxpPortGuard(NdxpConnector port, SandboxCalls calls, String errorHeader, ObjectMapper json) {
        this.port = port;
        this.calls = calls;
        this.errorHeader = errorHeader;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!port.received(request.getLocalPort()) || path.equals(NdxpExchange.PREFIX) || path.startsWith(NdxpExchange.PREFIX + "/")) {
            chain.doFilter(request, response);
            return;
        }
        NdxpRefusal refusal = NdxpRefusal.NOT_AN_EXCHANGE_SERVICE;
        SandboxCalls.Call call = calls.arrived(NdxpExchange.SIMULATOR, request.getMethod(), path, request.getQueryString());
        call.exchange(new SandboxCalls.Exchange(null, null, null, null, refusal.name() + ": " + refusal.message(path)));
        refusal.answer(response, refusal.message(path), null, errorHeader, json);
        call.answered(refusal.status());
    }
}
