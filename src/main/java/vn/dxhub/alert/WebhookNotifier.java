package vn.dxhub.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * POSTs each notice as JSON ({@link NoticePayload}) to hub.alerts.webhook.url, with the shared secret in a header when
 * one is set. A refused connection, a timeout, a 5xx or 429 is tried again with growing waits; any other answer
 * outside 2xx is a mistake of the settings and is not tried again within the check.
 */
@Component
class WebhookNotifier implements AlertNotifier {

    private static final Map<Class<? extends Throwable>, Boolean> RETRIED = Map.of(IOException.class, true, RetryableAnswer.class, true);

    private final AlertSettings.Webhook settings;
    private final ObjectMapper json;
    private final Environment environment;
    private final HttpClient http;
    private final RetryTemplate retry;

    WebhookNotifier(AlertSettings settings, ObjectMapper json, Environment environment) {
        this.settings = settings.getWebhook();
        this.environment = environment;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.getTimeout()).build();
        ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
        backOff.setInitialInterval(this.settings.getBackoff().toMillis());
        backOff.setMultiplier(2);
        this.retry = RetryTemplate.builder()
                .customPolicy(new SimpleRetryPolicy(this.settings.getAttempts(), RETRIED, true))
                .customBackoff(backOff)
                .build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean configured() {
        return settings.getUrl() != null && !settings.getUrl().isBlank();
    }

    @Override
    public void send(Notice notice) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(environment.resolveRequiredPlaceholders(settings.getUrl())))
                .timeout(settings.getTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(NoticePayload.of(notice))));
        if (settings.getSecret() != null && !settings.getSecret().isBlank()) {
            request.header(settings.getSecretHeader(), settings.getSecret());
        }
        HttpRequest built = request.build();
        retry.execute(attempt -> post(built));
    }

    private Void post(HttpRequest request) throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300) {
            return null;
        }
        String message = "webhook answered " + status;
        throw status >= 500 || status == 429 ? new RetryableAnswer(message) : new IllegalStateException(message);
    }

    /** An answer worth trying again: the receiver is down or busy. */
    static final class RetryableAnswer extends RuntimeException {
        RetryableAnswer(String message) {
            super(message);
        }
    }
}
