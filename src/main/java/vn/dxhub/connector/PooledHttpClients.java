package vn.dxhub.connector;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * An Apache HttpClient 5 of its own: a connection pool of {@code maxConnections}, every timeout explicit (connect, read,
 * the wait for a pooled connection), nothing left at library defaults, a TLS identity when given, headers sent on every
 * request (NDXP's), and no automatic retries: the caller decides what is retried. Closing the client closes its pool.
 */
public final class PooledHttpClients {

    private PooledHttpClients() {}

    /** The builder, for a caller to add to (redirects, ...) before {@code build()}. */
    public static HttpClientBuilder builder(Duration connectTimeout, Duration readTimeout, int maxConnections, SSLContext tls,
            List<Header> defaultHeaders) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .build());
        if (tls != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls));
        }
        return HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build())
                .setDefaultHeaders(defaultHeaders)
                .disableAutomaticRetries();
    }
}
