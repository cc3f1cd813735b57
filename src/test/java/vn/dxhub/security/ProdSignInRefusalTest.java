package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dxhub.DxHubApplication;
import vn.dxhub.config.MissingSettingsException;

/** prod has no default password: without local users or an OIDC provider the hub does not start, and says what to set. */
class ProdSignInRefusalTest {

    private static Throwable start(String profile, String... properties) {
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(DxHubApplication.class)
                    .profiles(profile)
                    .properties("server.port=0", "spring.main.banner-mode=off")
                    .run(Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new))) {
                // started: nothing refused
            }
        });
    }

    private static MissingSettingsException missing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingSettingsException m) {
                return m;
            }
        }
        return null;
    }

    @Test
    void prodWithNobodyToSignInNamesBothWaysIn() {
        MissingSettingsException refused = missing(start("prod"));

        assertThat(refused).as("refused (the quick start's users are not declared in prod)").isNotNull();
        assertThat(refused.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains(" / "));
        assertThat(refused.getMessage()).contains("hub.security.users", "HUB_SECURITY_USERS_0_PASSWORD_HASH", "hub.security.oidc.issuer-uri",
                "HUB_OIDC_ISSUER_URI", "HUB_OIDC_CLIENT_SECRET", "prod không có mật khẩu mặc định");
    }

    @Test
    void prodWithUsersOrAnOidcProviderPassesThisCheck() {
        // the start then fails further on (no database here), but not for want of a way to sign in
        assertThat(missing(start("prod", "hub.security.users[0].name=quan-tri", "hub.security.users[0].password-hash={bcrypt}$2a$10$x",
                "hub.security.users[0].roles=ADMIN"))).satisfiesAnyOf(m -> assertThat(m).isNull(),
                m -> assertThat(m.getMessage()).doesNotContain("hub.security.users"));
        assertThat(missing(start("prod", "hub.security.oidc.issuer-uri=http://127.0.0.1:9/realms/dxhub")))
                .satisfiesAnyOf(m -> assertThat(m).isNull(), m -> assertThat(m.getMessage()).doesNotContain("hub.security.users"));
    }
}
