package vn.dxhub.sandbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingUnits;

/** The LGSP gateway simulator's data and tokens. */
@SimulatorsEnabled
@Configuration(value = "sandboxLgspConfig", proxyBeanMethods = false)
class LgspConfig {

    @Bean
    LgspRecords sandboxLgspRecords(ReportingUnits units, ReportStatus status) {
        return new LgspRecords(units, status);
    }

    @Bean
    LgspTokens sandboxLgspTokens(@Value("${hub.simulators.lgsp.client-secret:sandbox-secret}") String clientSecret,
            @Value("${hub.simulators.lgsp.token-ttl-seconds:300}") long tokenTtlSeconds) {
        return new LgspTokens(clientSecret, Duration.ofSeconds(tokenTtlSeconds), Clock.systemUTC());
    }
}
