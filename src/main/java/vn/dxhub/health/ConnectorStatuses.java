package vn.dxhub.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.store.ConnectorPauses;
import vn.dxhub.store.RunHistory;
import vn.dxhub.store.RunHistory.Run;

/** The status of every configured connector, from the run ledger, the pauses and the schedules. */
@Component
public class ConnectorStatuses {

    /** How many recent successful runs say how long a run usually takes. */
    private static final int USUAL_RUN_SAMPLE = 10;

    private final ConnectorRegistry registry;
    private final RunHistory runs;
    private final ConnectorPauses pauses;
    private final Schedules schedules;
    private final Clock clock;
    private final HealthRule rule;

    ConnectorStatuses(ConnectorRegistry registry, RunHistory runs, ConnectorPauses pauses, Schedules schedules, Clock clock,
                      ConnectorHealthSettings settings) {
        this.registry = registry;
        this.runs = runs;
        this.pauses = pauses;
        this.schedules = schedules;
        this.clock = clock;
        this.rule = new HealthRule(settings.getStaleAfterSchedules(), clock.getZone());
    }

    /** Every configured connector, in the order of their ids; a few queries whatever their number. */
    public List<ConnectorStatus> all() {
        Map<String, Run> last = runs.lastOfEach();
        Map<String, Run> lastSuccess = runs.lastSuccessOfEach();
        Map<String, ConnectorPauses.Pause> paused = pauses.all();
        Map<String, Instant> triggers = schedules.triggers();
        Instant now = clock.instant();
        return registry.all().stream()
                .map(c -> status(c, paused.get(c.id()), last.get(c.id()), lastSuccess.get(c.id()), triggers, now))
                .toList();
    }

    public Optional<ConnectorStatus> of(String connectorId) {
        Instant now = clock.instant();
        return registry.find(connectorId).map(c -> status(c, pauses.find(c.id()).orElse(null), runs.last(c.id()).orElse(null),
                runs.recentSuccesses(c.id(), 1).stream().findFirst().orElse(null), schedules.triggers(), now));
    }

    private ConnectorStatus status(ConnectorInstance c, ConnectorPauses.Pause pause, Run last, Run lastSuccess, Map<String, Instant> triggers,
                                   Instant now) {
        String cron = c.kind().isScheduled() ? c.text("schedule") : null;
        Duration interval = cron == null ? null : Schedules.interval(cron, now).orElse(null);
        Duration usual = last != null && last.running() ? usualRun(c.id()) : null;
        Health health = rule.judge(new HealthRule.Facts(pause, interval, last, lastSuccess, usual), now);
        return new ConnectorStatus(c.id(), c.kind().id(), c.sourceSystem(), c.file(),
                pause == null ? ConnectorStatus.State.ACTIVE : ConnectorStatus.State.PAUSED,
                pause == null ? null : pause.pausedBy(), pause == null ? null : pause.pausedAt(), pause == null ? null : pause.reason(),
                cron, cron == null ? null : Schedules.nextFire(c.id(), cron, triggers, now).orElse(null), health, last, lastSuccess);
    }

    /** The median duration of the connector's recent successful runs; null without any. */
    private Duration usualRun(String connectorId) {
        List<Duration> durations = runs.recentSuccesses(connectorId, USUAL_RUN_SAMPLE).stream()
                .map(r -> Duration.between(r.startedAt(), r.endedAt())).sorted().toList();
        return durations.isEmpty() ? null : durations.get(durations.size() / 2);
    }
}
