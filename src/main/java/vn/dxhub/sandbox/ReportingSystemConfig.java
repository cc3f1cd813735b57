package vn.dxhub.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingUnits;

/** The reporting system simulator's documents. */
@SimulatorsEnabled
@Configuration(value = "sandboxReportingSystemConfig", proxyBeanMethods = false)
class ReportingSystemConfig {

    @Bean
    ReportDocuments sandboxReportDocuments(ProvinceReporters reporters, ReportingUnits units, ReportStatus status) {
        return new ReportDocuments(reporters, units, status);
    }
}
