package vn.dxhub.connector.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import vn.dxhub.config.HubProperties;
import vn.dxhub.connector.SourceException;

/** The databases sql connectors query: "hub" is the hub's own; others are declared under hub.sql-sources, each with a small pool. */
@Component
class SqlDataSources {

    static final String HUB = "hub";

    private final DataSource hub;
    private final HubProperties properties;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

    SqlDataSources(DataSource hub, HubProperties properties) {
        this.hub = hub;
        this.properties = properties;
    }

    DataSource named(String name) {
        if (HUB.equals(name)) {
            return hub;
        }
        HubProperties.SqlSource source = properties.getSqlSources().get(name);
        if (source == null) {
            throw SourceException.permanent("Không có nguồn dữ liệu SQL '" + name + "'; khai báo hub.sql-sources." + name
                    + ".url / no SQL source named '" + name + "'", 0, null);
        }
        return pools.computeIfAbsent(name, n -> {
            HikariConfig config = new HikariConfig();
            config.setPoolName("sql-" + n);
            config.setJdbcUrl(source.getUrl());
            config.setUsername(source.getUsername());
            config.setPassword(source.getPassword());
            config.setMaximumPoolSize(2);
            config.setConnectionTimeout(source.getConnectionTimeout().toMillis());
            config.setReadOnly(true);
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        });
    }

    @PreDestroy
    void close() {
        pools.values().forEach(HikariDataSource::close);
    }
}
