package vn.dxhub.delivery;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.dxhub.config.HubProperties;
import vn.dxhub.config.MissingSettingsException;

/**
 * The national system the delivery workers push to. While delivery is on ({@code hub.delivery.enabled}, on unless set
 * false) the hub does not start without the settings it needs to reach it, and says which are missing.
 */
@Configuration(proxyBeanMethods = false)
class NationalClientConfig {

    @Bean
    NationalClient nationalClient(NationalSettings settings, HubProperties properties, Clock clock, Environment environment) {
        if (environment.getProperty("hub.delivery.enabled", Boolean.class, true) && !settings.problems().isEmpty()) {
            throw new MissingSettingsException("hệ thống đánh giá quốc gia", "the national evaluation system", settings.problems());
        }
        return new NationalClient(settings, properties.getNdxp(), environment::resolveRequiredPlaceholders, clock);
    }
}
