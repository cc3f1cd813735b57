package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.UUID;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.config.HubProperties;

/**
 * The NDXP exchange: a call to {@code https://host:{local.ndxp.port}/sandbox/ndxp/<service path>} naming its calling
 * and providing systems in headers is checked ({@link NdxpExchange}) and forwarded to the simulator of the providing
 * system with the service path and query; its answer streams back with the exchange's transaction id. A refused
 * call gets the exchange's own JSON error and error header. Either way the exchange's log
 * ({@code GET /sandbox/calls/ndxp}) keeps the calling and providing systems, the certificate, the transaction and
 * the refusal.
 */
@SimulatorsEnabled
@RestController("sandboxNdxpController")
@RequestMapping(NdxpExchange.PREFIX)
class NdxpController {

    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final NdxpExchange exchange;
    private final NdxpConnector port;
    private final HubProperties.Ndxp headers;
    private final ObjectMapper json;

    NdxpController(NdxpExchange exchange, NdxpConnector port, HubProperties properties, ObjectMapper json) {
        this.exchange = exchange;
        this.port = port;
        this.headers = properties.getNdxp();
        this.json = json;
    }

    @RequestMapping("/**")
    void call(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        X509Certificate certificate = clientCertificate(request);
        String calling = request.getHeader(headers.getCallingSystemHeader());
        String providing = request.getHeader(headers.getProvidingSystemHeader());
        String servicePath = request.getRequestURI().substring(request.getContextPath().length() + NdxpExchange.PREFIX.length());
        NdxpExchange.Decision decision = exchange.decide(new NdxpExchange.Call(port.received(request.getLocalPort()), certificate, calling,
                providing, servicePath));
        String transactionId = "ndxp-" + UUID.randomUUID();
        String refusal = decision instanceof NdxpExchange.Refused refused ? refused.reason().name() + ": " + refused.message() : null;
        SandboxCalls.Call logged = (SandboxCalls.Call) request.getAttribute(FaultInjector.callAttribute(NdxpExchange.SIMULATOR));
        if (logged != null) {
            logged.exchange(new SandboxCalls.Exchange(calling, providing,
                    certificate == null ? null : certificate.getSubjectX500Principal().getName(), transactionId, refusal));
        }
        response.setHeader(headers.getTransactionIdHeader(), transactionId);
        if (decision instanceof NdxpExchange.Forwarded forwarded) {
            request.getRequestDispatcher(forwarded.target()).forward(request, response);
        } else {
            NdxpExchange.Refused refused = (NdxpExchange.Refused) decision;
            refused.reason().answer(response, refused.message(), transactionId, headers.getErrorHeader(), json);
        }
    }

    private static X509Certificate clientCertificate(HttpServletRequest request) {
        return request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0 ? chain[0] : null;
    }
}
