package vn.dxhub.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.hc.core5.ssl.SSLContextBuilder;

/**
 * The TLS identity of one connector (or of the national client): the client certificate it shows for mutual TLS (a
 * PKCS#12 keystore) and the CAs it trusts for the server (a PKCS#12 truststore; without one, the JVM's). Every problem
 * is permanent and names the parameter and the file, never the password: a call cannot get better until someone
 * fixes the file.
 */
public final class ClientTls {

    /**
     * A keystore as configured: the name of its parameter or setting and of its password's (for messages), its path
     * and its password.
     */
    public record Store(String parameter, String path, String password, String passwordParameter) {

        /** A route file's keystore parameter, whose password is the parameter of the same name ending in Password. */
        public Store(String parameter, String path, String password) {
            this(parameter, path, password, parameter + "Password");
        }

        boolean given() {
            return path != null && !path.isBlank();
        }
    }

    private ClientTls() {}

    /** The SSL context of the connector's keystore and truststore, or null when it has neither (the JVM's defaults apply). */
    static SSLContext of(ConnectorInstance c) {
        return build(c.id(), new Store("clientKeystore", c.text("clientKeystore"), c.text("clientKeystorePassword")),
                new Store("truststore", c.text("truststore"), c.text("truststorePassword")));
    }

    /** The SSL context of the keystore and truststore, or null when neither is given; {@code owner} starts every message. */
    public static SSLContext build(String owner, Store keystore, Store truststore) {
        if (!keystore.given() && !truststore.given()) {
            return null;
        }
        try {
            SSLContextBuilder builder = SSLContextBuilder.create();
            if (keystore.given()) {
                KeyStore keys = load(owner, keystore);
                checkClientCertificate(owner, keystore, keys);
                builder.loadKeyMaterial(keys, keystore.password().toCharArray());
            }
            if (truststore.given()) {
                KeyStore trusted = load(owner, truststore);
                checkTrustedCertificates(owner, truststore, trusted);
                builder.loadTrustMaterial(trusted, null);
            }
            return builder.build();
        } catch (UnrecoverableKeyException e) {
            throw refused(owner, keystore, "mật khẩu không mở được khóa riêng / the password does not open the private key");
        } catch (GeneralSecurityException e) {
            throw SourceException.permanent(owner + ": không tạo được ngữ cảnh TLS từ " + keystore.parameter() + "/" + truststore.parameter()
                    + " / cannot set up TLS: " + e.getClass().getSimpleName(), 0, null);
        }
    }

    private static KeyStore load(String owner, Store store) throws KeyStoreException {
        if (store.password() == null || store.password().isEmpty()) {
            throw refused(owner, store, "chưa có mật khẩu (tham số " + store.passwordParameter() + ") / no password given");
        }
        Path path = Path.of(store.path().strip());
        if (!Files.isRegularFile(path)) {
            throw refused(owner, store, "không có tệp này / file not found");
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            keyStore.load(in, store.password().toCharArray());
            return keyStore;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw refused(owner, store, "sai mật khẩu / wrong password");
            }
            throw refused(owner, store, "không phải keystore PKCS#12 đọc được / not a readable PKCS#12 keystore");
        } catch (GeneralSecurityException e) {
            throw refused(owner, store, "không phải keystore PKCS#12 đọc được / not a readable PKCS#12 keystore");
        }
    }

    private static void checkClientCertificate(String owner, Store store, KeyStore keys) throws KeyStoreException {
        List<String> keyAliases = Collections.list(keys.aliases()).stream().filter(alias -> isKeyEntry(keys, alias)).toList();
        if (keyAliases.isEmpty()) {
            throw refused(owner, store, "không có khóa riêng và chứng chỉ máy khách / holds no private key with its certificate");
        }
        for (String alias : keyAliases) {
            Certificate certificate = keys.getCertificate(alias);
            if (certificate instanceof X509Certificate x509 && x509.getNotAfter().toInstant().isBefore(Instant.now())) {
                throw refused(owner, store, "chứng chỉ " + x509.getSubjectX500Principal().getName() + " đã hết hạn ngày "
                        + x509.getNotAfter().toInstant() + " / the client certificate has expired");
            }
        }
    }

    private static void checkTrustedCertificates(String owner, Store store, KeyStore trusted) throws KeyStoreException {
        boolean anyCertificate = Collections.list(trusted.aliases()).stream().anyMatch(alias -> hasCertificate(trusted, alias));
        if (!anyCertificate) {
            throw refused(owner, store, "không có chứng chỉ CA nào / holds no CA certificate");
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    private static boolean hasCertificate(KeyStore store, String alias) {
        try {
            return store.getCertificate(alias) != null;
        } catch (KeyStoreException e) {
            return false;
        }
    }

    private static SourceException refused(String owner, Store store, String problem) {
        return SourceException.permanent(owner + ": tham số " + store.parameter() + " '" + store.path().strip() + "': " + problem, 0, null);
    }
}
