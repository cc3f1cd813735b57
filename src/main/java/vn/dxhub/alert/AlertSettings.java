package vn.dxhub.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** When the hub checks for trouble and whom it tells: a webhook, e-mail, both or neither (alerts are still listed at /api/alerts). */
@Validated
@ConfigurationProperties(prefix = "hub.alerts")
public class AlertSettings {

    /** How often every alert condition is asked. */
    @NotNull
    private Duration checkInterval = Duration.ofMinutes(1);

    /** Announce an alert still open again after this long (a reminder); 0 = never. */
    @NotNull
    private Duration repeatAfter = Duration.ZERO;

    /** How long a closed alert is still listed by GET /api/alerts. */
    @NotNull
    private Duration keepClosed = Duration.ofDays(7);

    @Valid
    private final Webhook webhook = new Webhook();

    @Valid
    private final Mail mail = new Mail();

    public Duration getCheckInterval() { return checkInterval; }
    public void setCheckInterval(Duration checkInterval) { this.checkInterval = checkInterval; }
    public Duration getRepeatAfter() { return repeatAfter; }
    public void setRepeatAfter(Duration repeatAfter) { this.repeatAfter = repeatAfter; }
    public Duration getKeepClosed() { return keepClosed; }
    public void setKeepClosed(Duration keepClosed) { this.keepClosed = keepClosed; }
    public Webhook getWebhook() { return webhook; }
    public Mail getMail() { return mail; }

    /** Notices as JSON, POSTed to a URL (a chat bot, an incident tool). */
    public static class Webhook {

        /** Where notices are POSTed; empty = no webhook. The quick start posts to its simulators' inbox, GET /sandbox/alerts. */
        private String url = "";

        /** Name of the header carrying the shared secret, so the receiver can tell the hub's notices from others. */
        @NotNull
        private String secretHeader = "X-DxHub-Alert-Secret";

        /** The shared secret, from the environment (HUB_ALERTS_WEBHOOK_SECRET), never written in a file; empty = no header. */
        private String secret = "";

        /** Longest wait for the receiver to answer one attempt. */
        @NotNull
        private Duration timeout = Duration.ofSeconds(10);

        /** Attempts of one notice within a check (a refused one is tried again at the next check). */
        @Min(1)
        @Max(10)
        private int attempts = 3;

        /** Wait after the first failed attempt; doubled after each further one. */
        @NotNull
        private Duration backoff = Duration.ofSeconds(2);

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getSecretHeader() { return secretHeader; }
        public void setSecretHeader(String secretHeader) { this.secretHeader = secretHeader; }
        public String getSecret() { return secret; }
        public void setSecret(String secret) { this.secret = secret; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public int getAttempts() { return attempts; }
        public void setAttempts(int attempts) { this.attempts = attempts; }
        public Duration getBackoff() { return backoff; }
        public void setBackoff(Duration backoff) { this.backoff = backoff; }
    }

    /** Notices by e-mail through the SMTP server of spring.mail.* (host, port, username, password). */
    public static class Mail {

        /** Recipients; empty = no e-mail. */
        private List<String> to = new ArrayList<>();

        /** The sender address, e.g. dxhub@so-tttt.example.gov.vn. */
        private String from = "";

        public List<String> getTo() { return to; }
        public void setTo(List<String> to) { this.to = to; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
    }
}
