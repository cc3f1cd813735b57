package vn.dxhub.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hub.* setting is declared with a description, so the settings reference stays complete. */
class SettingsDocumentationTest {

    @Test
    void everyHubSettingHasADescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata generated at build time").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        List<String> undocumented = new ArrayList<>();
        List<String> hubSettings = new ArrayList<>();
        metadata.get("properties").forEach(p -> {
            String name = p.get("name").asText();
            if (name.startsWith("hub.")) {
                hubSettings.add(name);
                if (!p.hasNonNull("description") || p.get("description").asText().isBlank()) {
                    undocumented.add(name);
                }
            }
        });
        assertThat(hubSettings).contains("hub.mode", "hub.mappings-dir", "hub.database.url", "hub.simulators.enabled");
        assertThat(undocumented).isEmpty();
    }
}
