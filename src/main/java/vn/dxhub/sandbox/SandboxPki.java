package vn.dxhub.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The sandbox PKI of the NDXP exchange simulator, as PKCS#12 files in one folder: a CA ({@value #CA_FILE}, also as
 * {@value #CA_PEM} for curl), the exchange's server certificate for localhost and 127.0.0.1 ({@value #SERVER_FILE}),
 * and the hub's client certificate whose subject CN names its calling system ({@value #CLIENT_FILE}).
 *
 * <p>The files are reused while they open with the password, chain to the CA, name the same calling system and stay
 * valid for another {@link #RENEW_BEFORE}; otherwise the whole set is made again, since certificates of two
 * generations would not chain. A lock file keeps two hubs sharing the folder from writing it at once.
 */
final class SandboxPki {

    static final String CA_FILE = "ca.p12";
    static final String CA_PEM = "ca.pem";
    static final String SERVER_FILE = "ndxp-server.p12";
    static final String CLIENT_FILE = "hub-client.p12";
    static final String CA_ALIAS = "ndxp-sandbox-ca";
    static final String SERVER_ALIAS = "ndxp-server";
    static final String CLIENT_ALIAS = "hub-client";
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    /** Guards the folder inside this JVM, where file locks do not exclude each other. */
    private static final Object IN_PROCESS = new Object();

    private final Path dir;
    private final KeyStore trusted;
    private final KeyStore serverKeys;
    private final X509Certificate clientCertificate;
    private final boolean created;

    private SandboxPki(Path dir, KeyStore trusted, KeyStore serverKeys, X509Certificate clientCertificate, boolean created) {
        this.dir = dir;
        this.trusted = trusted;
        this.serverKeys = serverKeys;
        this.clientCertificate = clientCertificate;
        this.created = created;
    }

    /** The PKI in {@code dir}: reused when still good for {@code callingSystem}, made anew otherwise. */
    static SandboxPki prepare(Path dir, String password, String callingSystem, Clock clock) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(dir);
                try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockFile.lock()) {
                    Optional<SandboxPki> reused = reuse(dir, password.toCharArray(), callingSystem, clock.instant());
                    return reused.isPresent() ? reused.get() : create(dir, password.toCharArray(), callingSystem, clock.instant());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the sandbox PKI in " + dir.toAbsolutePath(), e);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException("cannot make the sandbox PKI", e);
            }
        }
    }

    Path truststore() {
        return dir.resolve(CA_FILE);
    }

    Path serverKeystore() {
        return dir.resolve(SERVER_FILE);
    }

    Path clientKeystore() {
        return dir.resolve(CLIENT_FILE);
    }

    /** The CA, as the exchange trusts it for client certificates and the hub for the exchange's certificate. */
    KeyStore trusted() {
        return trusted;
    }

    KeyStore serverKeys() {
        return serverKeys;
    }

    X509Certificate clientCertificate() {
        return clientCertificate;
    }

    /** Whether this start made the files (false: reused from an earlier start). */
    boolean created() {
        return created;
    }

    /** The CN of a certificate subject, which names a calling system on the exchange. */
    static Optional<String> commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    private static Optional<SandboxPki> reuse(Path dir, char[] password, String callingSystem, Instant now) {
        try {
            KeyStore trusted = read(dir.resolve(CA_FILE), password);
            KeyStore server = read(dir.resolve(SERVER_FILE), password);
            KeyStore client = read(dir.resolve(CLIENT_FILE), password);
            X509Certificate ca = (X509Certificate) trusted.getCertificate(CA_ALIAS);
            X509Certificate serverCertificate = (X509Certificate) server.getCertificate(SERVER_ALIAS);
            X509Certificate clientCertificate = (X509Certificate) client.getCertificate(CLIENT_ALIAS);
            if (ca == null || serverCertificate == null || clientCertificate == null || !Files.isRegularFile(dir.resolve(CA_PEM))
                    || server.getKey(SERVER_ALIAS, password) == null || client.getKey(CLIENT_ALIAS, password) == null
                    || !commonName(clientCertificate).orElse("").equals(callingSystem)) {
                return Optional.empty();
            }
            for (X509Certificate certificate : new X509Certificate[] {ca, serverCertificate, clientCertificate}) {
                certificate.checkValidity(Date.from(now.plus(RENEW_BEFORE)));
            }
            serverCertificate.verify(ca.getPublicKey());
            clientCertificate.verify(ca.getPublicKey());
            return Optional.of(new SandboxPki(dir, trusted, server, clientCertificate, false));
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static KeyStore read(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static SandboxPki create(Path dir, char[] password, String callingSystem, Instant now)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        SandboxCertificates.Issued ca = SandboxCertificates.authority("NDXP Sandbox CA", now);
        SandboxCertificates.Issued server = SandboxCertificates.server(ca, "localhost", now);
        SandboxCertificates.Issued client = SandboxCertificates.client(ca, callingSystem, now);

        KeyStore trusted = emptyStore();
        trusted.setCertificateEntry(CA_ALIAS, ca.certificate());
        KeyStore serverStore = keyStore(SERVER_ALIAS, server, password, ca);
        KeyStore clientStore = keyStore(CLIENT_ALIAS, client, password, ca);
        write(dir.resolve(CA_FILE), out -> store(trusted, out, password));
        write(dir.resolve(SERVER_FILE), out -> store(serverStore, out, password));
        write(dir.resolve(CLIENT_FILE), out -> store(clientStore, out, password));
        write(dir.resolve(CA_PEM), out -> {
            try (Writer text = new OutputStreamWriter(out, StandardCharsets.US_ASCII); JcaPEMWriter pem = new JcaPEMWriter(text)) {
                pem.writeObject(ca.certificate());
            }
        });
        return new SandboxPki(dir, trusted, serverStore, client.certificate(), true);
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static KeyStore keyStore(String alias, SandboxCertificates.Issued leaf, char[] password, SandboxCertificates.Issued ca)
            throws IOException, GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry(alias, leaf.keys().getPrivate(), password, new Certificate[] {leaf.certificate(), ca.certificate()});
        return store;
    }

    private static void store(KeyStore store, OutputStream out, char[] password) throws IOException {
        try {
            store.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write a PKCS#12 file", e);
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes beside the target and moves it into place, so a reader never sees half a file. */
    private static void write(Path target, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
