package vn.dxhub.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Parses a JSON response body and classifies a failure: cut short is transient (retry), not JSON at all is permanent. */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {}

    public static JsonNode parse(byte[] body, String requestRef) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw SourceException.permanent("Phản hồi rỗng / empty response: " + requestRef, 200, null);
            }
            return root;
        } catch (IOException e) {
            throw unparseable(e, requestRef);
        }
    }

    public static SourceException unparseable(IOException e, String requestRef) {
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (detail != null && detail.contains("end-of-input")) {
            return SourceException.transientError("Phản hồi bị cắt ngang / truncated response from " + requestRef + ": " + detail, 200, null, e);
        }
        return SourceException.permanent("Phản hồi không phải JSON / response is not JSON from " + requestRef + ": " + abbreviate(detail), 200, e);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
    }
}
