package vn.dxhub.connector.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import vn.dxhub.connector.ClientCredentialsTokens;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.SourceException;

/**
 * OAuth2 client-credentials tokens of one LGSP gateway, cached until shortly before they expire, fetched through the
 * connector's HTTP client (with its retries). A gateway that refuses the client fails the run at once.
 */
final class OAuthTokens {

    private final ClientCredentialsTokens tokens;
    private final HttpSource http;

    OAuthTokens(String tokenUrl, String clientId, Supplier<String> clientSecret, HttpSource http, Clock clock) {
        this.tokens = new ClientCredentialsTokens(tokenUrl, clientId, clientSecret, clock);
        this.http = http;
    }

    String token() {
        return tokens.token(this::send, () -> SourceException.permanent("Cổng LGSP không trả access_token / the gateway returned no access_token: "
                + tokens.tokenUrl(), 200, null));
    }

    /** Forgets the token the gateway refused (401), so the next call gets a new one. */
    void invalidate(String refused) {
        tokens.invalidate(refused);
    }

    private JsonNode send(Supplier<HttpPost> request) {
        try {
            return http.execute(request::get, (body, type) -> JsonBodies.parse(body.readAllBytes(), tokens.tokenUrl()));
        } catch (SourceException e) {
            if (!e.refusedByExchange() && (e.status() == 400 || e.status() == 401)) {
                throw SourceException.permanent("Cổng LGSP từ chối thông tin client: kiểm tra clientId '" + tokens.clientId()
                        + "' và clientSecret / the gateway refused the client credentials (HTTP " + e.status() + " at " + tokens.tokenUrl() + ")",
                        e.status(), e);
            }
            throw e;
        }
    }
}
