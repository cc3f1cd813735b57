package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.dxhub.config.HubProperties;
import vn.dxhub.config.MissingSettingsException;

/** The national system's settings: what is required, named when missing, and only while delivery is on. */
class NationalSettingsTest {

    private static NationalSettings complete() {
        NationalSettings settings = new NationalSettings();
        settings.setBaseUrl("https://dti.example.gov.vn/api/v1");
        settings.setTokenUrl("https://dti.example.gov.vn/oauth/token");
        settings.setClientId("dxhub-79");
        settings.setClientSecret("s3cret-from-env");
        settings.setSenderId("dxhub-79");
        return settings;
    }

    private static NationalClient build(NationalSettings settings, MockEnvironment environment) {
        return new NationalClientConfig().nationalClient(settings, new HubProperties(), Clock.systemUTC(), environment);
    }

    @Test
    void completeSettingsHaveNoProblems() {
        assertThat(complete().problems()).isEmpty();
    }

    @Test
    void everyMissingSettingIsNamed() {
        assertThat(new NationalSettings().problems()).hasSize(5)
                .anySatisfy(p -> assertThat(p).isEqualTo("hub.national.base-url: chưa đặt địa chỉ API nhận lô của hệ thống quốc gia"
                        + " / the URL of the national intake API is not set"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.national.token-url"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.national.client-id"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.national.client-secret").contains("NATIONAL_CLIENT_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.national.sender-id"));
    }

    @Test
    void halfAnNdxpRouteAndAKeystoreWithoutItsPasswordAreNamed() {
        NationalSettings settings = complete();
        settings.getNdxp().setCallingSystem("dxhub-79");
        settings.getTls().setClientKeystore("/etc/dxhub/national-client.p12");

        assertThat(settings.problems()).containsExactly(
                "hub.national.ndxp.providing-system: qua NDXP cần cả hub.national.ndxp.calling-system và hub.national.ndxp.providing-system"
                        + " / NDXP needs both systems",
                "hub.national.tls.client-keystore-password: có tệp /etc/dxhub/national-client.p12 nhưng chưa có mật khẩu, đặt"
                        + " NATIONAL_KEYSTORE_PASSWORD / the file is set but its password is not, set NATIONAL_KEYSTORE_PASSWORD");
    }

    @Test
    void whileDeliveryIsOnTheHubDoesNotStartWithoutThem() {
        NationalSettings settings = complete();
        settings.setBaseUrl(" ");
        settings.setClientSecret(null);

        assertThatThrownBy(() -> build(settings, new MockEnvironment()))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("Cài đặt của hệ thống đánh giá quốc gia chưa đủ / the settings of the national evaluation system are incomplete")
                .hasMessageContaining("hub.national.base-url")
                .hasMessageContaining("hub.national.client-secret");
    }

    @Test
    void withDeliveryOffTheHubStartsAndAPushSaysWhatIsMissing() {
        NationalSettings settings = complete();
        settings.setBaseUrl(null);

        try (NationalClient client = build(settings, new MockEnvironment().withProperty("hub.delivery.enabled", "false"))) {
            assertThatThrownBy(() -> client.push(new Batch("b-1", java.util.List.of())))
                    .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.isTransient()).isTrue())
                    .hasMessageContaining("hub.national.base-url");
        }
    }

    @Test
    void theSecretIsNeverPartOfAProblem() {
        NationalSettings settings = complete();
        settings.setBaseUrl(null);

        assertThat(String.join("\n", settings.problems())).doesNotContain("s3cret-from-env");
        assertThat(settings.toString()).doesNotContain("s3cret-from-env");
    }
}
