package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox PKI of the NDXP simulator: what it makes, and when it reuses its files or makes them again. */
class SandboxPkiTest {

    private static final String PASSWORD = "pki-test";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    @TempDir
    Path dir;

    private static KeyStore open(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private X509Certificate certificate(String file, String alias) throws Exception {
        return (X509Certificate) open(dir.resolve(file), PASSWORD).getCertificate(alias);
    }

    @Test
    void makesACaAServerCertificateForLocalhostAndAClientCertificateNamingTheCallingSystem() throws Exception {
        SandboxPki pki = SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());

        assertThat(pki.created()).isTrue();
        assertThat(dir.resolve("ca.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
        X509Certificate ca = certificate("ca.p12", SandboxPki.CA_ALIAS);
        X509Certificate server = certificate("ndxp-server.p12", SandboxPki.SERVER_ALIAS);
        X509Certificate client = certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS);

        assertThat(ca.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        server.verify(ca.getPublicKey());
        client.verify(ca.getPublicKey());
        assertThat(server.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString()).contains("localhost", "127.0.0.1");
        assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(client.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(SandboxPki.commonName(client)).contains("dxhub");
        assertThat(client.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(open(dir.resolve("hub-client.p12"), PASSWORD).isKeyEntry(SandboxPki.CLIENT_ALIAS)).isTrue();
        assertThat(open(dir.resolve("hub-client.p12"), PASSWORD).getCertificateChain(SandboxPki.CLIENT_ALIAS)).hasSize(2);
        assertThat(pki.clientKeystore()).isEqualTo(dir.resolve("hub-client.p12"));
        assertThat(pki.truststore()).isEqualTo(dir.resolve("ca.p12"));
    }

    @Test
    void aCallingSystemWithCommasStaysOneCommonName() throws Exception {
        SandboxPki.prepare(dir, PASSWORD, "so-tttt,01=x", Clock.systemUTC());

        assertThat(SandboxPki.commonName(certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS))).contains("so-tttt,01=x");
    }

    @Test
    void reusesTheFilesOnTheNextStart() throws Exception {
        SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());
        X509Certificate first = certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS);

        SandboxPki again = SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());

        assertThat(again.created()).isFalse();
        assertThat(certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS)).isEqualTo(first);
        assertThat(again.clientCertificate()).isEqualTo(first);
    }

    @Test
    void makesTheWholeSetAgainWhenTheCallingSystemOrThePasswordChanges() throws Exception {
        SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());
        X509Certificate server = certificate("ndxp-server.p12", SandboxPki.SERVER_ALIAS);

        SandboxPki renamed = SandboxPki.prepare(dir, PASSWORD, "so-tttt-01", Clock.systemUTC());

        assertThat(renamed.created()).isTrue();
        assertThat(SandboxPki.commonName(certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS))).contains("so-tttt-01");
        assertThat(certificate("ndxp-server.p12", SandboxPki.SERVER_ALIAS)).as("a new CA signs everything again").isNotEqualTo(server);

        SandboxPki rekeyed = SandboxPki.prepare(dir, "another-password", "so-tttt-01", Clock.systemUTC());

        assertThat(rekeyed.created()).isTrue();
        assertThat(open(dir.resolve("ca.p12"), "another-password").containsAlias(SandboxPki.CA_ALIAS)).isTrue();
    }

    @Test
    void makesThemAgainAMonthBeforeTheyExpire() throws Exception {
        SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());
        X509Certificate client = certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS);
        Clock laterButStillValid = Clock.offset(Clock.systemUTC(), Duration.ofDays(500));
        Clock nearTheEnd = Clock.offset(Clock.systemUTC(), Duration.ofDays(710));

        assertThat(SandboxPki.prepare(dir, PASSWORD, "dxhub", laterButStillValid).created()).isFalse();
        assertThat(SandboxPki.prepare(dir, PASSWORD, "dxhub", nearTheEnd).created()).isTrue();
        assertThat(certificate("hub-client.p12", SandboxPki.CLIENT_ALIAS).getNotAfter()).isAfter(client.getNotAfter());
    }

    @Test
    void aDamagedFileIsReplaced() throws Exception {
        SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());
        Files.writeString(dir.resolve("hub-client.p12"), "not a keystore");

        SandboxPki again = SandboxPki.prepare(dir, PASSWORD, "dxhub", Clock.systemUTC());

        assertThat(again.created()).isTrue();
        assertThat(open(dir.resolve("hub-client.p12"), PASSWORD).isKeyEntry(SandboxPki.CLIENT_ALIAS)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no temporary file left behind")
                    .containsExactlyInAnyOrderElementsOf(List.of(".lock", "ca.p12", "ca.pem", "ndxp-server.p12", "hub-client.p12"));
        }
    }
}
