package vn.dxhub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.ObjectError;
import vn.dxhub.DxHubApplication;
import vn.dxhub.lint.LintException;

/** The hub refuses to start, saying why, instead of running half-configured. */
class StartupRefusalTest {

    /** A prod hub needs someone to sign in (ProdSignInRefusalTest); these tests are about the other settings. */
    private static final String[] PROD_USER = {"hub.security.users[0].name=quan-tri", "hub.security.users[0].password-hash={bcrypt}$2a$10$x",
            "hub.security.users[0].roles=ADMIN"};

    private static Throwable startProd(String... properties) {
        return start("prod", java.util.stream.Stream.concat(java.util.Arrays.stream(PROD_USER), java.util.Arrays.stream(properties)).toArray(String[]::new));
    }

    private static Throwable start(String profile, String... properties) {
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(DxHubApplication.class)
                    .profiles(profile)
                    .properties("server.port=0", "spring.main.banner-mode=off")
                    .run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new))) {
                // started: nothing to refuse
            }
        });
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }

    private static String messages(Throwable failure) {
        return causeOfType(failure, BindValidationException.class).getValidationErrors().getAllErrors().stream()
                .map(ObjectError::getDefaultMessage).toList().toString();
    }

    @Test
    void prodWithoutDatabaseSettingsNamesEveryMissingSetting() {
        Throwable failure = startProd("hub.database.url=", "hub.database.username=", "hub.database.password=");

        String errors = messages(failure);
        assertThat(errors).contains("HUB_DB_URL").contains("HUB_DB_USER và HUB_DB_PASSWORD");
    }

    @Test
    void prodRefusesH2AndSimulators() {
        Throwable failure = startProd("hub.database.url=jdbc:h2:mem:x", "hub.database.username=u", "hub.database.password=x",
                "hub.simulators.enabled=true");

        String errors = messages(failure);
        assertThat(errors).contains("jdbc:postgresql").contains("hub.simulators.enabled=false").doesNotContain("HUB_DB_PASSWORD");
    }

    @Test
    void deliveryWithoutTheNationalSystemsSettingsNamesEachMissingOneAndNeverASecret() {
        // delivery on, as it is unless switched off: the test settings switch it off for every other test
        Throwable failure = start("default", "hub.delivery.enabled=true", "hub.national.base-url=", "hub.national.client-secret=",
                "hub.national.sender-id=");

        MissingSettingsException missing = causeOfType(failure, MissingSettingsException.class);
        assertThat(missing.problems()).hasSize(3).allSatisfy(p -> assertThat(p).contains(" / "));
        assertThat(missing.getMessage()).contains("hub.national.base-url", "hub.national.client-secret", "hub.national.sender-id")
                .doesNotContain("hub.national.token-url").doesNotContain("sandbox-national-secret");
        assertThat(new MissingSettingsFailureAnalyzer().analyze(failure).getDescription()).isEqualTo(missing.getMessage());
    }

    @Test
    void brokenReferenceDataStopsStartUpWithEveryProblem(@TempDir Path mappings) throws Exception {
        Files.createDirectories(mappings.resolve("catalog"));
        Files.writeString(mappings.resolve("calendar.yaml"), "timeZone: Mars/Olympus\n");

        Throwable failure = start("default", "hub.mappings-dir=" + mappings);

        assertThat(failure).isNotInstanceOf(PortInUseException.class);
        LintException lint = causeOfType(failure, LintException.class);
        assertThat(lint.problems()).extracting(p -> p.file())
                .contains("catalog/indicators.yaml", "catalog/units.yaml", "catalog/agencies.yaml", "calendar.yaml");
        assertThat(lint.getMessage()).contains("calendar.yaml");
    }
}
