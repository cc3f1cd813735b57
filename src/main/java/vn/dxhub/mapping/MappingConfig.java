package vn.dxhub.mapping;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.config.HubProperties;

@Configuration(proxyBeanMethods = false)
class MappingConfig {

    /** The hub's one FHIR context, the same instance the fhir mapping format parses with. */
    @Bean
    ca.uhn.fhir.context.FhirContext fhirContext() {
        return FhirFormat.context();
    }

    @Bean
    MappingLoader mappingLoader(HubProperties properties, IndicatorCatalog catalog) {
        return new MappingLoader(properties.getMappingsDir(), catalog);
    }
}
