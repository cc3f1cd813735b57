package vn.dxhub.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.config.HubProperties;

/** The DVC portal simulator's dossier generator and statistics. */
@SimulatorsEnabled
@Configuration(value = "sandboxDvcConfig", proxyBeanMethods = false)
class DvcConfig {

    @Bean
    DvcDossiers sandboxDvcDossiers(ReportingUnits units, ReportingCalendar calendar,
            HubProperties properties) {
        return new DvcDossiers(units, calendar, properties.getSimulators().getDvc().getOnlineServices());
    }

    @Bean
    DvcStatistics sandboxDvcStatistics(DvcDossiers dossiers, ReportStatus status,
            HubProperties properties) {
        return new DvcStatistics(dossiers, status, properties.getSimulators().getDvc().getDossiersPerProvince());
    }
}
