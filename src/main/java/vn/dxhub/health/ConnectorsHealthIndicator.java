package vn.dxhub.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health.Builder;
import org.springframework.stereotype.Component;

/**
 * The "connectors" part of /actuator/health: each connector's colour, cause, reason and last successful run, and the
 * stale and failing ones listed. It reports UP whatever the sources do: a stale or failing source is trouble of that
 * source (the console and the alerts show it), not of the hub, and must neither take the hub out of its load balancer
 * nor get it restarted. It is outside the readiness and liveness groups; it is DOWN only when the hub cannot read its
 * own run ledger (the database), which the "db" indicator reports too.
 */
@Component("connectorsHealthIndicator")
class ConnectorsHealthIndicator extends AbstractHealthIndicator {

    private final ConnectorStatuses statuses;

    ConnectorsHealthIndicator(ConnectorStatuses statuses) {
        super("Không đọc được trạng thái connector / connector status unreadable");
        this.statuses = statuses;
    }

    @Override
    protected void doHealthCheck(Builder builder) {
        List<ConnectorStatus> all = statuses.all();
        Map<String, Object> each = new LinkedHashMap<>();
        for (ConnectorStatus s : all) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("health", s.health().colour().code());
            detail.put("cause", s.health().cause().code());
            detail.put("reason", s.health().reasonEn());
            detail.put("lastSuccess", s.lastSuccess() == null ? null : s.lastSuccess().endedAt());
            each.put(s.id(), detail);
        }
        builder.up()
                .withDetail("stale", ids(all, Health.Cause.STALE))
                .withDetail("failing", ids(all, Health.Cause.FAILED))
                .withDetail("connectors", each);
    }

    private static List<String> ids(List<ConnectorStatus> all, Health.Cause cause) {
        return all.stream().filter(s -> s.health().cause() == cause).map(ConnectorStatus::id).toList();
    }
}
