package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * OAuth2 client-credentials tokens of one client, cached until shortly before they expire and forgotten when the
 * server refuses one. The secret is read only to build a token request, never kept in logs or messages. How the
 * request travels and how its failures are classified stay with the caller: an LGSP connector retries through its
 * {@link HttpSource}, the national client makes one attempt.
 */
public final class ClientCredentialsTokens {

    private static final Duration EARLY = Duration.ofSeconds(30);
    private static final long DEFAULT_LIFETIME_SECONDS = 300;

    /** Sends a token request ({@code request} builds a fresh one for each attempt) and returns the JSON answer, or throws the caller's failure. */
    @FunctionalInterface
    public interface Exchange {
        JsonNode send(Supplier<HttpPost> request);
    }

    private final String tokenUrl;
    private final String clientId;
    private final Supplier<String> clientSecret;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public ClientCredentialsTokens(String tokenUrl, String clientId, Supplier<String> clientSecret, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The cached token, or a new one fetched through {@code exchange}; {@code noAccessToken} is thrown for an answer without one. */
    public synchronized String token(Exchange exchange, Supplier<? extends RuntimeException> noAccessToken) {
        if (token == null || !clock.instant().isBefore(expiresAt.minus(EARLY))) {
            JsonNode answer = exchange.send(this::request);
            String accessToken = answer.path("access_token").asText("");
            if (accessToken.isBlank()) {
                throw noAccessToken.get();
            }
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(answer.path("expires_in").asLong(DEFAULT_LIFETIME_SECONDS));
        }
        return token;
    }

    /**
     * Forgets {@code refused} after the server refused it (401), so the next call gets a new token; a token another
     * thread has already fetched again is kept.
     */
    public synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
        }
    }

    public String tokenUrl() {
        return tokenUrl;
    }

    public String clientId() {
        return clientId;
    }

    private HttpPost request() {
        HttpPost post = new HttpPost(tokenUrl);
        List<NameValuePair> form = List.of(new BasicNameValuePair("grant_type", "client_credentials"),
                new BasicNameValuePair("client_id", clientId), new BasicNameValuePair("client_secret", clientSecret.get()));
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        return post;
    }
}
