package vn.dxhub.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the hub, in the reporting time zone, so tests can fix "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(HubProperties properties) {
        return Clock.system(properties.getTimeZone());
    }
}
