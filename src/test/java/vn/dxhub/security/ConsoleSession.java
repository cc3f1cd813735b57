package vn.dxhub.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like console session without a browser: cookies kept, the CSRF token read from each page, no redirects followed. */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"csrf-token\"[^>]*content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the sign-in form; answers the redirect it gets (to / when signed in, to /login?error when refused). */
    HttpResponse<String> signIn(String name, String password) throws Exception {
        get("/login");
        return post("/login", "username=" + encode(name) + "&password=" + encode(password), true);
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1) != null ? token.group(1) : token.group(2);
        }
        return page;
    }

    /** Posts a form, with the session's CSRF token or without it. */
    HttpResponse<String> post(String path, String form, boolean withToken) throws Exception {
        String body = withToken && csrf != null ? form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf) : form;
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // as a browser asks for pages: the hub then sends the unsigned to the sign-in page instead of asking for HTTP Basic
        return client.send(request.header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
