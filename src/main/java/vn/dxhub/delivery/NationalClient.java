package vn.dxhub.delivery;

import java.time.Clock;
import java.util.function.UnaryOperator;
import vn.dxhub.config.HubProperties;
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
                link = NationalLink.open(settings, placeholders, ndxpNames, clock);
            } catch (SourceException | IllegalArgumentException e) {
                throw PushFailure.transientFailure("Chưa mở được kết nối tới hệ thống quốc gia / cannot set up the line to the national system: "
                        + e.getMessage(), 0, null, requestSha256, e);
            }
        }
        return link;
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
        }
    }
}
