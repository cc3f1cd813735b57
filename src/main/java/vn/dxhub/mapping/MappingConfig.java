package vn.dxhub.mapping;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.config.HubProperties;

@Configuration(proxyBeanMethods = false)
class MappingConfig {

    @Bean
    MappingLoader mappingLoader(HubProperties properties, IndicatorCatalog catalog) {
        return new MappingLoader(properties.getMappingsDir(), catalog);
    }
}
