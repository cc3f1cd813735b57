package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * Why the NDXP exchange refuses a call, with the HTTP status and the code it answers in its error header and body.
 * No refusal is a 401: a client that sees 401 would take it for its own OAuth token and fetch another.
 */
enum NdxpRefusal {
    TLS_REQUIRED(403, "Sàn NDXP chỉ nhận kết nối HTTPS có chứng chỉ máy khách", "NDXP accepts HTTPS calls with a client certificate only"),
    CLIENT_CERTIFICATE_MISSING(403, "Cuộc gọi không có chứng chỉ máy khách (TLS hai chiều)", "the call has no client certificate (mutual TLS)"),
    CLIENT_CERTIFICATE_UNTRUSTED(0, "Chứng chỉ máy khách không do CA mà sàn tin cấp; từ chối khi bắt tay TLS",
            "the client certificate is not issued by a CA the exchange trusts; refused in the TLS handshake"),
    CALLING_SYSTEM_MISSING(400, "Thiếu mã hệ thống gọi", "the calling system is not named"),
    PROVIDING_SYSTEM_MISSING(400, "Thiếu mã hệ thống cung cấp", "the providing system is not named"),
    CALLING_SYSTEM_MISMATCH(403, "Mã hệ thống gọi không khớp chứng chỉ máy khách", "the calling system does not match the client certificate"),
    PROVIDING_SYSTEM_UNKNOWN(404, "Sàn không biết hệ thống cung cấp này", "the exchange knows no such providing system"),
    SERVICE_PATH_INVALID(400, "Đường dẫn dịch vụ không hợp lệ", "invalid service path"),
    NOT_AN_EXCHANGE_SERVICE(404, "Cổng này của sàn NDXP chỉ phục vụ /sandbox/ndxp/", "this port of the exchange serves /sandbox/ndxp/ only");

    private final int status;
    private final String vietnamese;
    private final String english;

    NdxpRefusal(int status, String vietnamese, String english) {
        this.status = status;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The HTTP status of the refusal; 0 for a refusal in the TLS handshake, which has no HTTP answer. */
    int status() {
        return status;
    }

    /**
     * Answers the call with this refusal: the status, the error header (which tells the client the exchange itself
     * refused, not the providing system) and a JSON body {"code", "message", "transactionId"}.
     */
    void answer(HttpServletResponse response, String message, String transactionId, String errorHeader, ObjectMapper json) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", name());
        body.put("message", message);
        if (transactionId != null) {
            body.put("transactionId", transactionId);
        }
        response.setStatus(status);
        response.setHeader(errorHeader, name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** The operator's message, Vietnamese first, with the detail that tells what to fix. */
    String message(String detail) {
        return vietnamese + (detail == null ? "" : ": " + detail) + " / " + english;
    }
}
