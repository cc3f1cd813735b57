package vn.dxhub.connector;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The HTTP client (pool, timeouts, retries) of each connector, kept between runs and closed with the hub. */
@Component
public class HttpSources {

    private final Map<String, HttpSource> byConnector = new ConcurrentHashMap<>();

    public HttpSource of(ConnectorInstance connector) {
        return byConnector.computeIfAbsent(connector.id(), id -> new HttpSource(connector));
    }

    @PreDestroy
    void close() {
        byConnector.values().forEach(HttpSource::close);
        byConnector.clear();
    }
}
