package vn.dxhub.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnits;

/** The DVC portal simulator's dossier generator and statistics. */
@SimulatorsEnabled
@Configuration(value = "sandboxDvcConfig", proxyBeanMethods = false)
class DvcConfig {

    @Bean
    DvcDossiers sandboxDvcDossiers(ReportingUnits units, ReportingCalendar calendar,
            @Value("${hub.simulators.dvc.online-services:400}") int onlineServices) {
        return new DvcDossiers(units, calendar, onlineServices);
    }

    @Bean
    DvcStatistics sandboxDvcStatistics(DvcDossiers dossiers, ReportStatus status,
            @Value("${hub.simulators.dvc.dossiers-per-province:2000}") long dossiersPerProvince) {
        return new DvcStatistics(dossiers, status, dossiersPerProvince);
    }
}
