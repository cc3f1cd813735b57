package vn.dxhub.delivery;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import vn.dxhub.config.HubProperties;
import vn.dxhub.connector.ClientCredentialsTokens;
import vn.dxhub.connector.ClientTls;
import vn.dxhub.connector.NdxpRoute;
import vn.dxhub.connector.PooledHttpClients;
import vn.dxhub.connector.SourceException;
import vn.dxhub.store.PayloadArchive;

/**
 * The national evaluation system over HTTP (docs/national-intake.md): each batch is written once as JSON in the common
 * schema v1, its SHA-256 taken over the exact bytes sent, and sent with an OAuth2 client-credentials token, directly or
 * through the NDXP exchange over mutual TLS. The line (pool, TLS identity, token cache) is opened at the first push,
 * when the hub's own port is known to the quick start's settings; a line that cannot be opened (a keystore that does
 * not open) fails that push as transient and is tried again at the next one.
 */
public final class NationalClient implements NationalSystem, AutoCloseable {

    private final NationalSettings settings;
    private final HubProperties.Ndxp ndxpNames;
    private final UnaryOperator<String> placeholders;
    private final Clock clock;
    private NationalLink link;

    /** {@code placeholders} resolves the ${...} left in the URL settings, such as the quick start's ${local.server.port}. */
    public NationalClient(NationalSettings settings, HubProperties.Ndxp ndxpNames, UnaryOperator<String> placeholders, Clock clock) {
        this.settings = settings;
        this.ndxpNames = ndxpNames;
        this.placeholders = placeholders;
        this.clock = clock;
    }

    @Override
    public PushResult push(Batch batch) {
        byte[] body = BatchBodies.write(batch, settings.getSenderId());
        String requestSha256 = PayloadArchive.sha256(body);
        return link(requestSha256).send(batch, body, requestSha256);
    }

    private synchronized NationalLink link(String requestSha256) {
        if (link == null) {
            try {
                link = open();
            } catch (SourceException | IllegalArgumentException e) {
                throw PushFailure.transientFailure("Chưa mở được kết nối tới hệ thống quốc gia / cannot set up the line to the national system: "
                        + e.getMessage(), 0, null, requestSha256, e);
            }
        }
        return link;
    }

    /** Builds the line from the settings; throws {@link IllegalArgumentException} or the keystore's refusal when it cannot. */
    private NationalLink open() {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String baseUrl = placeholders.apply(settings.getBaseUrl().strip());
        String tokenUrl = placeholders.apply(settings.getTokenUrl().strip());
        NdxpRoute ndxp = NdxpRoute.between(settings.getNdxp().getCallingSystem(), settings.getNdxp().getProvidingSystem(), ndxpNames);
        NationalSettings.Tls tls = settings.getTls();
        SSLContext identity = ClientTls.build("hub.national",
                new ClientTls.Store("hub.national.tls.client-keystore", tls.getClientKeystore(), tls.getClientKeystorePassword(),
                        "hub.national.tls.client-keystore-password"),
                new ClientTls.Store("hub.national.tls.truststore", tls.getTruststore(), tls.getTruststorePassword(),
                        "hub.national.tls.truststore-password"));
        CloseableHttpClient client = PooledHttpClients.builder(settings.getConnectTimeout(), settings.getReadTimeout(),
                settings.getMaxConnections(), identity, ndxp.headers()).disableRedirectHandling().build();
        String batchesUrl = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/batches";
        return new NationalLink(batchesUrl, client, ndxp, new ClientCredentialsTokens(tokenUrl, settings.getClientId(), settings::getClientSecret, clock));
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
        }
    }
}
