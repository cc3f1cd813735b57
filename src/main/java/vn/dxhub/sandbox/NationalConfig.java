package vn.dxhub.sandbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.config.HubProperties;

/** The national system simulator's memory and tokens. */
@SimulatorsEnabled
@Configuration(value = "sandboxNationalConfig", proxyBeanMethods = false)
class NationalConfig {

    @Bean
    NationalIntake sandboxNationalIntake(IndicatorCatalog catalog, ReportingUnits units) {
        return new NationalIntake(catalog, units);
    }

    @Bean
    SandboxTokens sandboxNationalTokens(HubProperties properties) {
        HubProperties.Simulators.National national = properties.getSimulators().getNational();
        return new SandboxTokens(NationalController.SIMULATOR, realm -> national.getClientId(), national.getClientSecret(),
                Duration.ofSeconds(national.getTokenTtlSeconds()), Clock.systemUTC());
    }
}
