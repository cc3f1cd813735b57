package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import vn.dxhub.config.HubProperties;

/**
 * The NDXP exchange simulator: its sandbox PKI (made at start), its own HTTPS port with mutual TLS beside the hub's
 * port, published as {@code local.ndxp.port} for route files, and the providing systems it knows.
 */
@SimulatorsEnabled
@Configuration(value = "sandboxNdxpConfig", proxyBeanMethods = false)
class NdxpConfig {

    private static final Logger log = LoggerFactory.getLogger(NdxpConfig.class);

    /** The property route files use for the exchange's port: https://localhost:{{local.ndxp.port}}/sandbox/ndxp/... */
    static final String PORT_PROPERTY = "local.ndxp.port";

    @Bean
    SandboxPki sandboxPki(HubProperties properties) {
        HubProperties.Simulators.NdxpExchange ndxp = properties.getSimulators().getNdxp();
        SandboxPki pki = SandboxPki.prepare(ndxp.getPkiDir(), ndxp.getKeystorePassword(), ndxp.getCallingSystem(), Clock.systemUTC());
        log.info("PKI giả lập của sàn NDXP {} ở {} (chứng chỉ máy khách {}) / sandbox NDXP PKI {}", pki.created() ? "mới tạo" : "dùng lại",
                ndxp.getPkiDir().toAbsolutePath(), pki.clientCertificate().getSubjectX500Principal().getName(), pki.created() ? "created" : "reused");
        return pki;
    }

    @Bean
    NdxpExchange sandboxNdxpExchange(HubProperties properties) {
        return new NdxpExchange(properties.getSimulators().getNdxp().getProvidingSystems());
    }

    @Bean
    NdxpConnector sandboxNdxpConnector(SandboxPki pki, SandboxCalls calls, HubProperties properties) {
        HubProperties.Simulators.NdxpExchange ndxp = properties.getSimulators().getNdxp();
        return new NdxpConnector(ndxp.getPort(), NdxpServerTls.of(pki, ndxp.getKeystorePassword().toCharArray(), calls));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sandboxNdxpPort(NdxpConnector connector) {
        return factory -> factory.addAdditionalTomcatConnectors(connector.connector());
    }

    /** Publishes the port the exchange got (a free one by default) as local.ndxp.port, the way Spring publishes local.server.port. */
    @Bean
    ApplicationListener<ServletWebServerInitializedEvent> sandboxNdxpPortPublisher(NdxpConnector connector, NdxpExchange exchange) {
        return event -> {
            int port = connector.port();
            if (port <= 0) {
                return;
            }
            event.getApplicationContext().getEnvironment().getPropertySources().addFirst(new MapPropertySource("sandbox.ndxp.port", Map.of(PORT_PROPERTY, port)));
            log.info("Sàn NDXP giả lập: https://localhost:{}/sandbox/ndxp/ (TLS hai chiều), hệ thống cung cấp {} / NDXP exchange simulator"
                    + " listening", port, exchange.providingSystems().keySet());
        };
    }

    @Bean
    FilterRegistrationBean<NdxpPortGuard> sandboxNdxpPortGuard(NdxpConnector connector, SandboxCalls calls, HubProperties properties,
            ObjectMapper json) {
        FilterRegistrationBean<NdxpPortGuard> registration = new FilterRegistrationBean<>(
                new NdxpPortGuard(connector, calls, properties.getNdxp().getErrorHeader(), json));
        registration.addUrlPatterns("/*");
        registration.setName("sandboxNdxpPortGuard");
        // before the fault injector, so a simulator path called on the exchange's port is neither faulted nor logged as that simulator's
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
