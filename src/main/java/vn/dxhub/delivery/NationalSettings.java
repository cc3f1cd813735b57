package vn.dxhub.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the hub reaches the national evaluation system (docs/national-intake.md). The quick start and the tests point at
 * the built-in simulator (application.yml, outside prod); prod has no defaults for the address and the credentials,
 * and the hub refuses to start while delivery is on and one is missing ({@link #problems()}).
 */
@Validated
@ConfigurationProperties(prefix = "hub.national")
public class NationalSettings {

    /** URL of the national system's intake API, without /batches, e.g. https://dti.example.gov.vn/api/v1, or its address on the NDXP exchange. The quick start uses the simulator on the hub's own port. */
    private String baseUrl;

    /** OAuth2 token endpoint of the national system (client credentials). */
    private String tokenUrl;

    /** OAuth2 client id the national system issued to this hub. */
    private String clientId;

    /** OAuth2 client secret, from the environment (NATIONAL_CLIENT_SECRET); never written in a file, never logged. */
    private String clientSecret;

    /** The sender named in every batch, as the national system registered this hub, e.g. dxhub-79. */
    private String senderId;

    /** How long to wait for a connection to the national system, and for a free connection of the pool. */
    @NotNull
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long to wait for an answer (a batch or a token) before the push counts as a transient failure. */
    @NotNull
    private Duration readTimeout = Duration.ofSeconds(60);

    /** Connections to the national system kept in the pool; at least as many as delivery workers push at once. */
    @Min(1)
    @Max(200)
    private int maxConnections = 4;

    @Valid
    private final Ndxp ndxp = new Ndxp();

    @Valid
    private final Tls tls = new Tls();

    /** Through the NDXP exchange: both systems, or neither for a direct connection. */
    public static class Ndxp {

        /** Calling system of the hub on the NDXP exchange (the CN of its client certificate); empty = not through NDXP. */
        private String callingSystem;

        /** Providing system of the national evaluation system on the NDXP exchange; empty = not through NDXP. */
        private String providingSystem;

        public String getCallingSystem() { return callingSystem; }
        public void setCallingSystem(String callingSystem) { this.callingSystem = callingSystem; }
        public String getProvidingSystem() { return providingSystem; }
        public void setProvidingSystem(String providingSystem) { this.providingSystem = providingSystem; }
    }

    /** Mutual TLS: the hub's client certificate and the CAs it trusts, as PKCS#12 files outside the repository. */
    public static class Tls {

        /** PKCS#12 file with the hub's client certificate and key, e.g. /etc/dxhub/national-client.p12; empty = no client certificate. */
        private String clientKeystore;

        /** Password of the client keystore, from the environment (NATIONAL_KEYSTORE_PASSWORD); never logged. */
        private String clientKeystorePassword;

        /** PKCS#12 file with the CAs trusted for the national system's (or the exchange's) certificate; empty = the JVM's CAs. */
        private String truststore;

        /** Password of the truststore, from the environment (NATIONAL_TRUSTSTORE_PASSWORD); never logged. */
        private String truststorePassword;

        public String getClientKeystore() { return clientKeystore; }
        public void setClientKeystore(String clientKeystore) { this.clientKeystore = clientKeystore; }
        public String getClientKeystorePassword() { return clientKeystorePassword; }
        public void setClientKeystorePassword(String clientKeystorePassword) { this.clientKeystorePassword = clientKeystorePassword; }
        public String getTruststore() { return truststore; }
        public void setTruststore(String truststore) { this.truststore = truststore; }
        public String getTruststorePassword() { return truststorePassword; }
        public void setTruststorePassword(String truststorePassword) { this.truststorePassword = truststorePassword; }
    }

    /** Every required setting that is not set and every pair set by half, each named with what it is for ("vi / en"); empty when complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        required(problems, "base-url", baseUrl, "địa chỉ API nhận lô của hệ thống quốc gia", "the URL of the national intake API");
        required(problems, "token-url", tokenUrl, "địa chỉ cấp token OAuth2", "the OAuth2 token endpoint");
        required(problems, "client-id", clientId, "client id do hệ thống quốc gia cấp", "the client id the national system issued");
        required(problems, "client-secret", clientSecret, "client secret (biến môi trường NATIONAL_CLIENT_SECRET)",
                "the client secret (environment NATIONAL_CLIENT_SECRET)");
        required(problems, "sender-id", senderId, "mã đơn vị gửi trong mỗi lô", "the sender id named in every batch");
        pair(problems, "ndxp.calling-system", ndxp.callingSystem, "ndxp.providing-system", ndxp.providingSystem);
        passwordOf(problems, "tls.client-keystore", tls.clientKeystore, tls.clientKeystorePassword, "NATIONAL_KEYSTORE_PASSWORD");
        passwordOf(problems, "tls.truststore", tls.truststore, tls.truststorePassword, "NATIONAL_TRUSTSTORE_PASSWORD");
        return problems;
    }

    private static void required(List<String> problems, String name, String value, String vietnamese, String english) {
        if (blank(value)) {
            problems.add("hub.national." + name + ": chưa đặt " + vietnamese + " / " + english + " is not set");
        }
    }

    private static void pair(List<String> problems, String first, String firstValue, String second, String secondValue) {
        if (blank(firstValue) != blank(secondValue)) {
            String missing = blank(firstValue) ? first : second;
            problems.add("hub.national." + missing + ": qua NDXP cần cả hub.national." + first + " và hub.national." + second
                    + " / NDXP needs both systems");
        }
    }

    private static void passwordOf(List<String> problems, String store, String path, String password, String variable) {
        if (!blank(path) && blank(password)) {
            problems.add("hub.national." + store + "-password: có tệp " + path + " nhưng chưa có mật khẩu, đặt " + variable
                    + " / the file is set but its password is not, set " + variable);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getSenderId() { return senderId; }
    public void setSenderId(String senderId) { this.senderId = senderId; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getReadTimeout() { return readTimeout; }
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    public int getMaxConnections() { return maxConnections; }
    public void setMaxConnections(int maxConnections) { this.maxConnections = maxConnections; }
    public Ndxp getNdxp() { return ndxp; }
    public Tls getTls() { return tls; }
}
