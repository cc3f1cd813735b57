package vn.dxhub.alert;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The timer that runs the alert monitor every hub.alerts.check-interval; the first check waits one interval after start. */
@Component
class AlertRoutes extends RouteBuilder {

    static final String ROUTE_ID = "alert-monitor";

    private final AlertSettings settings;

    AlertRoutes(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        long every = settings.getCheckInterval().toMillis();
        from("timer:" + ROUTE_ID + "?delay=" + every + "&period=" + every).routeId(ROUTE_ID)
                .to("bean:alertMonitor?method=check");
    }
}
