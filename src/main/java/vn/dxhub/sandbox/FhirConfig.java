package vn.dxhub.sandbox;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingUnits;

/** The FHIR server simulator's reports and pages, encoded with the hub's one FhirContext. */
@SimulatorsEnabled
@Configuration(value = "sandboxFhirConfig", proxyBeanMethods = false)
class FhirConfig {

    @Bean
    FhirReports sandboxFhirReports(ReportingUnits units, ReportStatus status) {
        return new FhirReports(units, status);
    }

    @Bean
    FhirPages sandboxFhirPages(FhirReports reports, FhirContext fhir) {
        return new FhirPages(reports, fhir);
    }
}
