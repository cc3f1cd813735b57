package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exchange's decisions: who may call, whom, and where an accepted call goes. */
class NdxpExchangeTest {

    private static X509Certificate dxhub;
    private final NdxpExchange exchange = new NdxpExchange(Map.of("lgsp-01", "/sandbox/lgsp/01", "dvc-qg", "/sandbox/dvc"));

    @BeforeAll
    static void certificate(@TempDir Path dir) {
        dxhub = SandboxPki.prepare(dir, "test", "dxhub", Clock.systemUTC()).clientCertificate();
    }

    private NdxpExchange.Decision call(boolean tls, X509Certificate certificate, String calling, String providing, String path) {
        return exchange.decide(new NdxpExchange.Call(tls, certificate, calling, providing, path));
    }

    private static NdxpRefusal refusal(NdxpExchange.Decision decision) {
        assertThat(decision).isInstanceOf(NdxpExchange.Refused.class);
        return ((NdxpExchange.Refused) decision).reason();
    }

    @Test
    void forwardsAnAcceptedCallToThePathOfItsProvidingSystem() {
        assertThat(call(true, dxhub, "dxhub", "lgsp-01", "/api/v1/chi-tieu"))
                .isEqualTo(new NdxpExchange.Forwarded("/sandbox/lgsp/01/api/v1/chi-tieu"));
        assertThat(call(true, dxhub, " dxhub ", "dvc-qg", "/api/ho-so")).isEqualTo(new NdxpExchange.Forwarded("/sandbox/dvc/api/ho-so"));
    }

    @Test
    void refusesInTheOrderAnExchangeChecks() {
        assertThat(refusal(call(false, dxhub, "dxhub", "lgsp-01", "/api"))).isEqualTo(NdxpRefusal.TLS_REQUIRED);
        assertThat(refusal(call(true, null, "dxhub", "lgsp-01", "/api"))).isEqualTo(NdxpRefusal.CLIENT_CERTIFICATE_MISSING);
        assertThat(refusal(call(true, dxhub, null, "lgsp-01", "/api"))).isEqualTo(NdxpRefusal.CALLING_SYSTEM_MISSING);
        assertThat(refusal(call(true, dxhub, "dxhub", " ", "/api"))).isEqualTo(NdxpRefusal.PROVIDING_SYSTEM_MISSING);
        assertThat(refusal(call(true, dxhub, "so-tttt-01", "lgsp-01", "/api"))).isEqualTo(NdxpRefusal.CALLING_SYSTEM_MISMATCH);
        assertThat(refusal(call(true, dxhub, "dxhub", "lgsp-99", "/api"))).isEqualTo(NdxpRefusal.PROVIDING_SYSTEM_UNKNOWN);
    }

    @Test
    void aRefusalSaysWhatDoesNotMatchAndWhatIsKnown() {
        assertThat(((NdxpExchange.Refused) call(true, dxhub, "so-tttt-01", "lgsp-01", "/api")).message())
                .contains("'so-tttt-01'", "CN 'dxhub'", " / the calling system does not match");
        assertThat(((NdxpExchange.Refused) call(true, dxhub, "dxhub", "lgsp-99", "/api")).message()).contains("'lgsp-99'", "dvc-qg, lgsp-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "api", "/../faults/lgsp", "/api/../../faults", "/%2e%2e/faults", "/a%2Fb", "/a\\b", "/./api"})
    void refusesAPathThatCouldStepOutOfTheProvidingSystem(String path) {
        assertThat(refusal(call(true, dxhub, "dxhub", "lgsp-01", path))).isEqualTo(NdxpRefusal.SERVICE_PATH_INVALID);
    }
}
