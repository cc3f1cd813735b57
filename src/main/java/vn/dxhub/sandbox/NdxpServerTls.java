package vn.dxhub.sandbox;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509KeyManager;

/**
 * The exchange's side of mutual TLS: its server certificate, and the sandbox CA as the only issuer it trusts for
 * client certificates. A client certificate of another CA fails the handshake, and that refusal is logged like any
 * other call of the exchange, since no HTTP request ever reaches it.
 *
 * <p>Tomcat takes this context as is ({@link org.apache.tomcat.util.net.SSLHostConfigCertificate#setSslContext}), so
 * the trust manager can log to the simulator's call log instead of being a class Tomcat builds by name.
 */
final class NdxpServerTls implements org.apache.tomcat.util.net.SSLContext {

    private final SSLContext context;
    private final X509KeyManager keys;

    private NdxpServerTls(SSLContext context, X509KeyManager keys) {
        this.context = context;
        this.keys = keys;
    }

    static NdxpServerTls of(SandboxPki pki, char[] password, SandboxCalls calls) {
        try {
            KeyManagerFactory keyFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyFactory.init(pki.serverKeys(), password);
            TrustManagerFactory trustFactory = TrustManagerFactory.getInstance("PKIX");
            trustFactory.init(pki.trusted());
            X509ExtendedTrustManager pkix = Arrays.stream(trustFactory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast).findFirst().orElseThrow();
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyFactory.getKeyManagers(), new TrustManager[] {new LoggedClientTrust(pkix, calls)}, null);
            X509KeyManager keys = Arrays.stream(keyFactory.getKeyManagers()).filter(X509KeyManager.class::isInstance)
                    .map(X509KeyManager.class::cast).findFirst().orElseThrow();
            return new NdxpServerTls(context, keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the NDXP simulator's TLS", e);
        }
    }

    /** Already initialised with the exchange's own keys and trust; what Tomcat would pass is not used. */
    @Override
    public void init(KeyManager[] kms, TrustManager[] tms, SecureRandom sr) throws KeyManagementException {
        // the context was initialised in of(...)
    }

    @Override
    public void destroy() {
        // nothing held beyond the JSSE context, which needs no closing
    }

    @Override
    public SSLSessionContext getServerSessionContext() {
        return context.getServerSessionContext();
    }

    @Override
    public SSLEngine createSSLEngine() {
        return context.createSSLEngine();
    }

    @Override
    public SSLServerSocketFactory getServerSocketFactory() {
        return context.getServerSocketFactory();
    }

    @Override
    public SSLParameters getSupportedSSLParameters() {
        return context.getSupportedSSLParameters();
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return keys.getCertificateChain(alias == null ? SandboxPki.SERVER_ALIAS : alias);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    /**
     * Trusts client certificates of the sandbox CA only, and logs every one it refuses. It names no accepted issuer
     * in the handshake, so a client shows the certificate it has, and one of another CA is refused (as a strict
     * exchange does) rather than silently held back by the client.
     */
    private static final class LoggedClientTrust extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager pkix;
        private final SandboxCalls calls;

        LoggedClientTrust(X509ExtendedTrustManager pkix, SandboxCalls calls) {
            this.pkix = pkix;
            this.calls = calls;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            try {
                pkix.checkClientTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw refused(chain, e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            try {
                pkix.checkClientTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw refused(chain, e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                pkix.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                throw refused(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            pkix.checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            pkix.checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            pkix.checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }

        private CertificateException refused(X509Certificate[] chain, CertificateException e) {
            String subject = chain == null || chain.length == 0 ? null : chain[0].getSubjectX500Principal().getName();
            String issuer = chain == null || chain.length == 0 ? null : chain[0].getIssuerX500Principal().getName();
            SandboxCalls.Call call = calls.arrived(NdxpExchange.SIMULATOR, "TLS", "(bắt tay TLS / TLS handshake)", null);
            call.exchange(new SandboxCalls.Exchange(null, null, subject, null,
                    NdxpRefusal.CLIENT_CERTIFICATE_UNTRUSTED.name() + ": " + NdxpRefusal.CLIENT_CERTIFICATE_UNTRUSTED.message("issuer " + issuer)));
            return e;
        }
    }
}
