package vn.dxhub.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/**
 * The OAuth2 client-credentials tokens of a simulated authorization server (the LGSP gateways, the national system):
 * one shared secret, a fixed lifetime, and which client id each realm accepts (an LGSP gateway's province, the
 * national system). A token is valid in the realm that issued it, until it expires or is revoked.
 */
final class SandboxTokens {

    record Issued(String accessToken, long expiresInSeconds) {}

    private record Grant(String realm, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final String server;
    private final UnaryOperator<String> clientIdOf;
    private final String clientSecret;
    private final Duration ttl;
    private final Clock clock;

    /**
     * @param server     the name in the WWW-Authenticate header of a refused client
     * @param clientIdOf the client id a realm accepts
     */
    SandboxTokens(String server, UnaryOperator<String> clientIdOf, String clientSecret, Duration ttl, Clock clock) {
        this.server = server;
        this.clientIdOf = clientIdOf;
        this.clientSecret = clientSecret;
        this.ttl = ttl;
        this.clock = clock;
    }

    boolean validClient(String realm, String clientId, String secret) {
        return clientIdOf.apply(realm).equals(clientId) && secret != null
                && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    Issued issue(String realm) {
        Instant now = clock.instant();
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(realm, now.plus(ttl)));
        return new Issued(token, ttl.toSeconds());
    }

    /** Whether the Authorization header carries a bearer token this realm issued and that is still valid. */
    boolean authorizes(String realm, String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
        return valid(realm, token);
    }

    boolean valid(String realm, String token) {
        Grant grant = token == null ? null : grants.get(token);
        return grant != null && grant.realm().equals(realm) && grant.expiresAt().isAfter(clock.instant());
    }

    void revokeAll(String realm) {
        grants.values().removeIf(g -> g.realm().equals(realm));
    }

    /**
     * The token endpoint: a client-credentials grant with the client in HTTP Basic or in the form gets a token;
     * another grant is a 400, a wrong client or secret a 401.
     */
    ResponseEntity<Map<String, Object>> tokenAnswer(String realm, String authorization, MultiValueMap<String, String> form) {
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
        }
        String[] client = basicCredentials(authorization).orElseGet(() -> new String[] {form.getFirst("client_id"), form.getFirst("client_secret")});
        if (!validClient(realm, client[0], client[1])) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + server + "\"")
                    .body(Map.of("error", "invalid_client"));
        }
        Issued issued = issue(realm);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", issued.expiresInSeconds());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    /** The answer to a call without a valid token. */
    static ResponseEntity<Map<String, Object>> invalidToken() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .body(Map.of("error", "invalid_token"));
    }

    private static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
