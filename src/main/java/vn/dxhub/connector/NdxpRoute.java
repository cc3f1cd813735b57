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
 * How one connector's (or the national client's) calls go through the NDXP exchange: the calling and the providing
 * system named in headers on every request, and how to read an answer the exchange gave itself (its error header, its
 * transaction id) rather than the providing system. Without the two systems calls do not go through NDXP and send no
 * header.
 */
public final class NdxpRoute {

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
        return between(calling, providing, names);
    }

    /**
     * Calls from {@code calling} to {@code providing} through the exchange, or, when both are blank, calls that do not go
     * through NDXP; the caller has checked that both or neither are given.
     */
    public static NdxpRoute between(String calling, String providing, HubProperties.Ndxp names) {
        boolean through = calling != null && !calling.isBlank();
        if (through == (providing == null || providing.isBlank())) {
            throw new IllegalArgumentException("NDXP needs both the calling and the providing system, or neither");
        }
        List<Header> headers = through
                ? List.of(new BasicHeader(names.getCallingSystemHeader(), calling.strip()), new BasicHeader(names.getProvidingSystemHeader(), providing.strip()))
                : List.of();
        return new NdxpRoute(headers, names);
    }

    /** The headers naming the two systems, sent on every request (token requests included); empty outside NDXP. */
    public List<Header> headers() {
        return headers;
    }

    /** The exchange's error code when the exchange itself answered (refused the call), else empty. */
    public Optional<String> errorCode(HttpResponse response) {
        Header header = response.getFirstHeader(errorHeader);
        return header == null || header.getValue().isBlank() ? Optional.empty() : Optional.of(header.getValue().strip());
    }

    /** ", giao dịch NDXP ..." when the answer came through the exchange, so an operator can quote it to the exchange's operator. */
    public String transaction(HttpResponse response) {
        Header header = response.getFirstHeader(transactionIdHeader);
        return header == null ? "" : ", giao dịch NDXP / NDXP transaction " + header.getValue().strip();
    }

    /** The exchange's reason for a refusal, written for operators: the "message" of its JSON answer, else the start of the answer. */
    public static String answer(ClassicHttpResponse response) {
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
