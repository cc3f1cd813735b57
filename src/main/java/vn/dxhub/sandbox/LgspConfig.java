package vn.dxhub.sandbox;

import vn.dxhub.config.HubProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The LGSP gateway simulator's data and tokens. */
@SimulatorsEnabled
@Configuration(value = "sandboxLgspConfig", proxyBeanMethods = false)
class LgspConfig {

    @Bean
    LgspRecords sandboxLgspRecords(ProvinceReporters reporters, ReportStatus status) {
        return new LgspRecords(reporters, status);
    }

    @Bean
    SandboxTokens sandboxLgspTokens(HubProperties properties) {
        HubProperties.Simulators.Lgsp lgsp = properties.getSimulators().getLgsp();
        return new SandboxTokens("lgsp", province -> "dxhub-" + province, lgsp.getClientSecret(), Duration.ofSeconds(lgsp.getTokenTtlSeconds()),
                Clock.systemUTC());
    }
}
