package vn.dxhub.connector.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.SourceException;

/**
 * OAuth2 client-credentials tokens of one LGSP gateway, cached until shortly before they expire.
 * The secret is read when a token is needed and never kept in logs or messages.
 */
final class OAuthTokens {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final String tokenUrl;
    private final String clientId;
    private final java.util.function.Supplier<String> clientSecret;
    private final HttpSource http;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    OAuthTokens(String tokenUrl, String clientId, java.util.function.Supplier<String> clientSecret, HttpSource http, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.clock = clock;
    }

    synchronized String token() {
        if (token == null || !clock.instant().isBefore(expiresAt.minus(EARLY))) {
            JsonNode answer;
            try {
                answer = http.execute(this::request, (body, type) -> JsonBodies.parse(body.readAllBytes(), tokenUrl));
            } catch (SourceException e) {
                if (!e.refusedByExchange() && (e.status() == 400 || e.status() == 401)) {
                    throw SourceException.permanent("Cổng LGSP từ chối thông tin client: kiểm tra clientId '" + clientId
                            + "' và clientSecret / the gateway refused the client credentials (HTTP " + e.status() + " at " + tokenUrl + ")", e.status(), e);
                }
                throw e;
            }
            String accessToken = answer.path("access_token").asText(null);
            if (accessToken == null) {
                throw SourceException.permanent("Cổng LGSP không trả access_token / the gateway returned no access_token: " + tokenUrl, 200, null);
            }
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(answer.path("expires_in").asLong(300));
        }
        return token;
    }

    /** Forgets the cached token after the gateway refused it (401), so the next call gets a new one. */
    synchronized void invalidate() {
        token = null;
    }

    private HttpPost request() {
        HttpPost post = new HttpPost(tokenUrl);
        List<NameValuePair> form = List.of(new BasicNameValuePair("grant_type", "client_credentials"),
                new BasicNameValuePair("client_id", clientId), new BasicNameValuePair("client_secret", clientSecret.get()));
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        return post;
    }
}
