package vn.dxhub.validation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.config.HubProperties;

@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    static final String OBSERVATION_SCHEMA = "schema/observation-v1.schema.json";

    @Bean
    ObservationValidator observationValidator(HubProperties properties, ReferenceData data) {
        return new ObservationValidator(properties.getMappingsDir().resolve(OBSERVATION_SCHEMA), data.catalog(), data.units(), data.calendar());
    }
}
