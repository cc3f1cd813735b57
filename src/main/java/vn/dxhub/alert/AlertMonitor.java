package vn.dxhub.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.dxhub.store.ConnectorLeases;

/**
 * Asks every {@link AlertCondition} what is wrong now, keeps the answers in alert_state and announces the changes:
 * alerts opened since the last check, alerts gone (recovered), and optionally reminders of alerts still open. A
 * condition that throws is logged once and keeps its open alerts as they are; the others are checked as usual.
 * Instances sharing a database take turns through a lease, so each change is announced once.
 */
@Component
public class AlertMonitor {

    static final String LEASE = "alert-monitor";
    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final Map<String, AlertCondition> conditions;
    private final AlertStore store;
    private final Announcer announcer;
    private final ConnectorLeases leases;
    private final AlertSettings settings;
    private final Clock clock;
    private final Set<String> failing = new HashSet<>();
    private boolean databaseDown;

    AlertMonitor(Map<String, AlertCondition> conditions, AlertStore store, Announcer announcer, ConnectorLeases leases,
                 AlertSettings settings, Clock clock) {
        this.conditions = conditions;
        this.store = store;
        this.announcer = announcer;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
    }

    /** One check; called by the route "alert-monitor". Does nothing while another instance is checking. */
    public synchronized void check() {
        try {
            checkHoldingTheLease();
            if (databaseDown) {
                databaseDown = false;
                log.info("Theo dõi cảnh báo chạy lại được / the alert monitor runs again");
            }
        } catch (DataAccessException e) {
            // one warning per outage, not a stack trace every check
            if (!databaseDown) {
                databaseDown = true;
                log.warn("Theo dõi cảnh báo tạm dừng: không dùng được cơ sở dữ liệu của hub / the alert monitor waits for the hub's database: {}",
                        e.getMessage());
            }
        }
    }

    private void checkHoldingTheLease() {
        if (!leases.acquire(LEASE, settings.getCheckInterval().plusMinutes(1))) {
            return;
        }
        try {
            Instant now = clock.instant();
            reconcile(askConditions(), now);
            Instant remindBefore = settings.getRepeatAfter().isZero() ? null : now.minus(settings.getRepeatAfter());
            announcer.announce(store.toAnnounce(remindBefore), store.recoveriesToAnnounce(), now);
        } finally {
            leases.release(LEASE);
        }
    }

    /** The alerts of each condition that answered, by the condition's bean name. */
    private Map<String, List<Alert>> askConditions() {
        Map<String, List<Alert>> answers = new LinkedHashMap<>();
        conditions.forEach((name, condition) -> {
            try {
                answers.put(name, List.copyOf(condition.active()));
                if (failing.remove(name)) {
                    log.info("Điều kiện cảnh báo {} trả lời trở lại / the alert condition answers again", name);
                }
            } catch (RuntimeException e) {
                if (failing.add(name)) {
                    log.warn("Điều kiện cảnh báo {} lỗi; các cảnh báo đang mở của nó giữ nguyên / the alert condition failed; its open alerts stay as they are",
                            name, e);
                }
            }
        });
        return answers;
    }

    private void reconcile(Map<String, List<Alert>> answers, Instant now) {
        Map<String, AlertState> open = new LinkedHashMap<>();
        store.open().forEach(alert -> open.put(alert.key(), alert));
        Set<String> active = new HashSet<>();
        answers.forEach((source, alerts) -> {
            for (Alert alert : alerts) {
                if (!active.add(alert.key())) {
                    continue;
                }
                AlertState known = open.get(alert.key());
                if (known == null) {
                    store.open(alert, source, now);
                } else {
                    store.seen(known.id(), alert, now);
                }
            }
        });
        for (AlertState alert : open.values()) {
            if (!active.contains(alert.key()) && !failing.contains(alert.source())) {
                store.close(alert.id(), now);
            }
        }
    }
}
