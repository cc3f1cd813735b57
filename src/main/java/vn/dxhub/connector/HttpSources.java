package vn.dxhub.connector;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dxhub.config.HubProperties;

/**
 * The HTTP client (pool, timeouts, TLS identity, NDXP headers, retries) of each connector, kept between runs and closed
 * with the hub. A client that cannot be built (a keystore that does not open) is not kept: the next run tries again.
 */
@Component
public class HttpSources {

    private final Map<String, HttpSource> byConnector = new ConcurrentHashMap<>();
    private final HubProperties.Ndxp ndxpHeaders;

    public HttpSources(HubProperties properties) {
        this.ndxpHeaders = properties.getNdxp();
    }

    public HttpSource of(ConnectorInstance connector) {
        return byConnector.computeIfAbsent(connector.id(), id -> new HttpSource(connector, ndxpHeaders));
    }

    @PreDestroy
    void close() {
        byConnector.values().forEach(HttpSource::close);
        byConnector.clear();
    }
}
