package vn.dxhub.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.config.HubProperties;

/** Loads the reference data once at start-up; a broken file stops the start with every problem listed. */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    ReferenceData referenceData(HubProperties properties) {
        return ReferenceDataLoader.load(properties.getMappingsDir());
    }

    @Bean
    IndicatorCatalog indicatorCatalog(ReferenceData data) {
        return data.catalog();
    }

    @Bean
    ReportingUnits reportingUnits(ReferenceData data) {
        return data.units();
    }

    @Bean
    ReportingCalendar reportingCalendar(ReferenceData data) {
        return data.calendar();
    }
}
