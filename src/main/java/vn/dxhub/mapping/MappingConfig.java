package vn.dxhub.mapping;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.config.HubProperties;

@Configuration(proxyBeanMethods = false)
class MappingConfig {

    /**
     * The hub's one FHIR context, the same instance the fhir mapping format parses with. HAPI scans its model on first
     * use, which takes a second or more: done here, at start-up, rather than in the first run's read timeout.
     */
    @Bean
    ca.uhn.fhir.context.FhirContext fhirContext() {
        ca.uhn.fhir.context.FhirContext context = FhirFormat.context();
        for (String type : java.util.List.of("Bundle", "MeasureReport", "OperationOutcome")) {
            context.newJsonParser().parseResource("{\"resourceType\":\"" + type + "\"}");
        }
        return context;
    }

    @Bean
    MappingLoader mappingLoader(HubProperties properties, IndicatorCatalog catalog) {
        return new MappingLoader(properties.getMappingsDir(), catalog);
    }
}
