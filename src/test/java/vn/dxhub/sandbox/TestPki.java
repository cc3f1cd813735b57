package vn.dxhub.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** For tests outside this package: a PKI of its own CA in a fresh folder, as someone else's certificates would be. */
public final class TestPki {

    public static final String CLIENT_KEYSTORE = SandboxPki.CLIENT_FILE;
    public static final String TRUSTSTORE = SandboxPki.CA_FILE;

    private TestPki() {}

    /** Makes the PKI (client certificate CN = {@code callingSystem}) and returns its folder. */
    public static Path make(String password, String callingSystem) {
        try {
            Path dir = Files.createTempDirectory("dxhub-test-pki");
            SandboxPki.prepare(dir, password, callingSystem, Clock.systemUTC());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
