package vn.dxhub.sandbox;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The OAuth2 client-credentials tokens of the LGSP gateways: client {@code dxhub-<province>}, one shared secret, a fixed lifetime. */
final class LgspTokens {

    record Issued(String accessToken, long expiresInSeconds) {}

    private record Grant(String province, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final String clientSecret;
    private final Duration ttl;
    private final Clock clock;

    LgspTokens(String clientSecret, Duration ttl, Clock clock) {
        this.clientSecret = clientSecret;
        this.ttl = ttl;
        this.clock = clock;
    }

    static String clientIdOf(String province) {
        return "dxhub-" + province;
    }

    boolean validClient(String province, String clientId, String secret) {
        return clientIdOf(province).equals(clientId) && secret != null
                && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    Issued issue(String province) {
        Instant now = clock.instant();
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(province, now.plus(ttl)));
        return new Issued(token, ttl.toSeconds());
    }

    /** A token is valid on the gateway that issued it, until it expires or is revoked. */
    boolean valid(String province, String token) {
        Grant grant = token == null ? null : grants.get(token);
        return grant != null && grant.province().equals(province) && grant.expiresAt().isAfter(clock.instant());
    }

    void revokeAll(String province) {
        grants.values().removeIf(g -> g.province().equals(province));
    }
}
