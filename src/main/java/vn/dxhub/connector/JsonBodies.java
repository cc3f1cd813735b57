package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import vn.dxhub.mapping.JsonFormat;
import vn.dxhub.mapping.UnreadablePayloadException;

/** Parses a JSON response body and classifies a failure: cut short is transient (retry), not JSON at all is permanent. */
public final class JsonBodies {

    private JsonBodies() {}

    public static JsonNode parse(byte[] body, String requestRef) {
        try {
            return JsonFormat.tree(body);
        } catch (UnreadablePayloadException e) {
            throw SourceException.unreadable(e, requestRef);
        }
    }

    public static SourceException unparseable(IOException e, String requestRef) {
        return SourceException.unreadable(JsonFormat.unreadable(e), requestRef);
    }
}
