package vn.dxhub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The NDXP settings as an operator writes them: a providing system added in configuration joins the defaults. */
class NdxpSettingsTest {

    private static HubProperties bind(Map<String, String> settings) {
        HubProperties properties = new HubProperties();
        new Binder(new MapConfigurationPropertySource(settings)).bind("hub", Bindable.ofInstance(properties));
        return properties;
    }

    @Test
    void aProvidingSystemAddedInConfigurationJoinsTheDefaults() {
        HubProperties properties = bind(Map.of("hub.simulators.ndxp.providing-systems.lgsp-48", "/sandbox/lgsp/48",
                "hub.simulators.ndxp.providing-systems.dvc-qg", "/sandbox/dvc-moi"));

        assertThat(properties.getSimulators().getNdxp().getProvidingSystems())
                .containsEntry("lgsp-48", "/sandbox/lgsp/48")
                .containsEntry("dvc-qg", "/sandbox/dvc-moi")
                .containsEntry("lgsp-01", "/sandbox/lgsp/01")
                .containsEntry("fhir", "/sandbox/fhir")
                .containsEntry("bao-cao", "/sandbox/bao-cao");
    }

    @Test
    void theHeaderNamesAreSettings() {
        HubProperties properties = bind(Map.of("hub.ndxp.calling-system-header", "X-Road-Client"));

        assertThat(properties.getNdxp().getCallingSystemHeader()).isEqualTo("X-Road-Client");
        assertThat(properties.getNdxp().getProvidingSystemHeader()).isEqualTo("X-NDXP-Providing-System");
    }
}
