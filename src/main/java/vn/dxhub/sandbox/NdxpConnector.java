package vn.dxhub.sandbox;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/**
 * The NDXP exchange's own port: an HTTPS Tomcat connector beside the hub's HTTP one, asking every client for a
 * certificate ("optional" at the TLS level, so that a call without one gets the exchange's JSON refusal rather
 * than a bare handshake failure; a certificate of an unknown CA still fails the handshake).
 */
final class NdxpConnector {

    private final Connector connector;

    NdxpConnector(int port, NdxpServerTls tls) {
        connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        connector.setScheme("https");
        connector.setSecure(true);
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig ssl = new SSLHostConfig();
        ssl.setCertificateVerification("optional");
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setSslContext(tls);
        ssl.addCertificate(certificate);
        protocol.addSslHostConfig(ssl);
    }

    Connector connector() {
        return connector;
    }

    /** The port it listens on once started (a free one when configured as 0); -1 before. */
    int port() {
        return connector.getLocalPort();
    }

    boolean received(int localPort) {
        return localPort > 0 && localPort == port();
    }
}
