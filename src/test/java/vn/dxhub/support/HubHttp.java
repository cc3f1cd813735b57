package vn.dxhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Raw HTTP calls to a hub under test with any method (PATCH included, which RestTemplate's default client lacks), as
 * anonymous or as one of the quick start's users (HTTP Basic). No redirects are followed: a test sees what the hub answers.
 */
public final class HubHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public HubHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Calls {@code method path} with the body (none when null) as {@code user}, or anonymous when null. */
    public HttpResponse<String> call(HubUsers user, String method, String path, String contentType, byte[] body) {
        return user == null ? call(null, null, method, path, contentType, body) : call(user.name, user.password, method, path, contentType, body);
    }

    /** As {@link #call(HubUsers, String, String, String, byte[])} with any name and password (none when name is null). */
    public HttpResponse<String> call(String name, String password, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (name != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    public HttpResponse<String> get(HubUsers user, String path) {
        return call(user, "GET", path, null, null);
    }
}
