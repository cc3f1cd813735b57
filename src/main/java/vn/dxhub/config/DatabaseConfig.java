package vn.dxhub.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's data source, built from the validated {@link HubProperties} so that a missing or wrong
 * database setting is reported by name before anything tries to connect. Pool size and timeouts are
 * explicit rather than library defaults.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(HubProperties properties) {
        HubProperties.Database db = properties.getDatabase();
        HikariConfig config = new HikariConfig();
        config.setPoolName("dxhub");
        config.setJdbcUrl(db.getUrl());
        config.setUsername(db.getUsername());
        config.setPassword(db.getPassword());
        config.setMaximumPoolSize(db.getMaxPoolSize());
        // connections open as work needs them: an idle hub (or each of several instances) holds two, not the whole pool
        config.setMinimumIdle(2);
        config.setConnectionTimeout(db.getConnectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(5000, db.getConnectionTimeout().toMillis()));
        config.setIdleTimeout(600_000);
        config.setMaxLifetime(1_800_000);
        return new HikariDataSource(config);
    }
}
