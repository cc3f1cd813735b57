package vn.dxhub.alert;

import java.time.Clock;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.ops.Paging;

/** GET /api/alerts: the open alerts, then those closed within hub.alerts.keep-closed, newest first, a page at a time. */
@Component("alertsApi")
public class AlertsApi {

    private final AlertStore store;
    private final AlertSettings settings;
    private final Clock clock;

    AlertsApi(AlertStore store, AlertSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public Paging.Page<AlertState> list(@Header("offset") String offset, @Header("limit") String limit) {
        return store.list(clock.instant().minus(settings.getKeepClosed()), Paging.of(offset, limit));
    }
}
