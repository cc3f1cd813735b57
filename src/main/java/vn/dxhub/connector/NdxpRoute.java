package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;
import vn.dxhub.config.HubProperties;

/**
 * How one connector's calls go through the NDXP exchange: the calling and the providing system named in headers on
 * every request, and how to read an answer the exchange gave itself (its error header, its transaction id) rather
 * than the providing system. A connector without the two systems does not go through NDXP and sends no header.
 */
final class NdxpRoute {

    private static final int ANSWER_EXCERPT = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Header> headers;
    private final String errorHeader;
    private final String transactionIdHeader;

    private NdxpRoute(List<Header> headers, HubProperties.Ndxp names) {
        this.headers = headers;
        this.errorHeader = names.getErrorHeader();
        this.transactionIdHeader = names.getTransactionIdHeader();
    }

    static NdxpRoute of(ConnectorInstance c, HubProperties.Ndxp names) {
        String calling = c.text("ndxpCallingSystem");
        String providing = c.text("ndxpProvidingSystem");
        boolean hasCalling = calling != null && !calling.isBlank();
        boolean hasProviding = providing != null && !providing.isBlank();
        if (hasCalling != hasProviding) {
            throw SourceException.permanent(c.id() + ": qua NDXP cần cả ndxpCallingSystem và ndxpProvidingSystem (đang thiếu "
                    + (hasCalling ? "ndxpProvidingSystem" : "ndxpCallingSystem") + ") / NDXP needs both the calling and the providing system", 0, null);
        }
        List<Header> headers = hasCalling
                ? List.of(new BasicHeader(names.getCallingSystemHeader(), calling.strip()), new BasicHeader(names.getProvidingSystemHeader(), providing.strip()))
                : List.of();
        return new NdxpRoute(headers, names);
    }

    List<Header> headers() {
        return headers;
    }

    /** The exchange's error code when the exchange itself answered (refused the call), else empty. */
    Optional<String> errorCode(HttpResponse response) {
        Header header = response.getFirstHeader(errorHeader);
        return header == null || header.getValue().isBlank() ? Optional.empty() : Optional.of(header.getValue().strip());
    }

    /** ", giao dịch NDXP ..." when the answer came through the exchange, so an operator can quote it to the exchange's operator. */
    String transaction(HttpResponse response) {
        Header header = response.getFirstHeader(transactionIdHeader);
        return header == null ? "" : ", giao dịch NDXP / NDXP transaction " + header.getValue().strip();
    }

    /** The exchange's reason for a refusal, written for operators: the "message" of its JSON answer, else the start of the answer. */
    static String answer(ClassicHttpResponse response) {
        if (response.getEntity() == null) {
            return "";
        }
        String text;
        try {
            text = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, ANSWER_EXCERPT * 4);
        } catch (IOException | ParseException e) {
            return "";
        }
        try {
            JsonNode message = JSON.readTree(text).path("message");
            if (message.isTextual() && !message.asText().isBlank()) {
                text = message.asText();
            }
        } catch (IOException notJson) {
            // an answer that is not JSON is quoted as it is
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > ANSWER_EXCERPT ? text.substring(0, ANSWER_EXCERPT) + "…" : text;
    }
}
