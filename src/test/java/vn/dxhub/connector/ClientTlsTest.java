package vn.dxhub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxhub.sandbox.TestPki;

/** The TLS identity of a connector from its keystore parameters, and the errors an operator gets for a bad one. */
class ClientTlsTest {

    private static final String PASSWORD = "tls-test";
    private static Path pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.make(PASSWORD, "dxhub");
    }

    private static ClientTls.Store keystore(Path file, String password) {
        return new ClientTls.Store("clientKeystore", file.toString(), password);
    }

    private static ClientTls.Store truststore(Path file, String password) {
        return new ClientTls.Store("truststore", file.toString(), password);
    }

    private static final ClientTls.Store NONE_KEYS = new ClientTls.Store("clientKeystore", "", "");
    private static final ClientTls.Store NONE_TRUST = new ClientTls.Store("truststore", "", "");

    private static SourceException refused(ClientTls.Store keys, ClientTls.Store trust) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ClientTls.build("c1", keys, trust));
        assertThat(thrown).isInstanceOf(SourceException.class);
        SourceException e = (SourceException) thrown;
        assertThat(e.isTransient()).as("a keystore problem does not go away by retrying").isFalse();
        return e;
    }

    @Test
    void withoutKeystoreAndTruststoreTheJvmDefaultsApply() {
        assertThat(ClientTls.build("c1", NONE_KEYS, NONE_TRUST)).isNull();
    }

    @Test
    void buildsAContextFromTheClientCertificateAndTheTrustedCa() {
        SSLContext context = ClientTls.build("c1", keystore(pki.resolve(TestPki.CLIENT_KEYSTORE), PASSWORD),
                truststore(pki.resolve(TestPki.TRUSTSTORE), PASSWORD));

        assertThat(context).isNotNull();
        assertThat(context.createSSLEngine().getSupportedProtocols()).contains("TLSv1.3");
        assertThat(ClientTls.build("c1", NONE_KEYS, truststore(pki.resolve(TestPki.TRUSTSTORE), PASSWORD))).as("a truststore alone").isNotNull();
    }

    @Test
    void aMissingFileIsNamedWithItsParameter() {
        Path missing = dir.resolve("khong-co.p12");

        assertThat(refused(keystore(missing, PASSWORD), NONE_TRUST).getMessage())
                .contains("c1", "clientKeystore", missing.toString(), "không có tệp", "file not found");
    }

    @Test
    void aWrongPasswordIsSaidWithoutTheWrongPassword() {
        String message = refused(keystore(pki.resolve(TestPki.CLIENT_KEYSTORE), "mat-khau-sai"), NONE_TRUST).getMessage();

        assertThat(message).contains("clientKeystore", "sai mật khẩu", "wrong password").doesNotContain("mat-khau-sai").doesNotContain(PASSWORD);
        assertThat(refused(NONE_KEYS, truststore(pki.resolve(TestPki.TRUSTSTORE), "mat-khau-sai")).getMessage())
                .contains("truststore", "sai mật khẩu").doesNotContain("mat-khau-sai");
    }

    @Test
    void aFileThatIsNotPkcs12IsSaidSo() throws Exception {
        Path pem = Files.writeString(dir.resolve("client.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        assertThat(refused(keystore(pem, PASSWORD), NONE_TRUST).getMessage()).contains("không phải keystore PKCS#12", "client.pem");
    }

    @Test
    void aKeystoreWithoutAPrivateKeyCannotBeAClientCertificate() {
        assertThat(refused(keystore(pki.resolve(TestPki.TRUSTSTORE), PASSWORD), NONE_TRUST).getMessage()).contains("không có khóa riêng");
    }

    @Test
    void aTruststoreWithoutCertificatesIsRefused() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        Path file = dir.resolve("empty.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            empty.store(out, PASSWORD.toCharArray());
        }

        assertThat(refused(NONE_KEYS, truststore(file, PASSWORD)).getMessage()).contains("truststore", "không có chứng chỉ CA");
    }

    @Test
    void aKeystoreWhosePasswordReferenceResolvedToNothingIsRefused() {
        assertThat(refused(keystore(pki.resolve(TestPki.CLIENT_KEYSTORE), ""), NONE_TRUST).getMessage())
                .contains("clientKeystorePassword", "chưa có mật khẩu");
        assertThatThrownBy(() -> ClientTls.build("c1", NONE_KEYS, truststore(pki.resolve(TestPki.TRUSTSTORE), null)))
                .hasMessageContaining("truststorePassword");
    }
}
