package vn.dxhub.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the alerts to announce into notices, one per kind and sort (opened, reminder, recovered), and hands each to
 * every configured notifier. A notice counts as announced only when every notifier took it; otherwise it is sent again
 * at the next check. A recovery of an alert that was never announced is not announced either.
 */
@Component
class Announcer {

    private static final Logger log = LoggerFactory.getLogger(Announcer.class);

    private final List<AlertNotifier> notifiers;
    private final AlertStore store;

    Announcer(List<AlertNotifier> notifiers, AlertStore store) {
        this.notifiers = notifiers;
        this.store = store;
    }

    void announce(List<AlertState> toOpen, List<AlertState> recovered, Instant now) {
        List<AlertState> silent = recovered.stream().filter(alert -> alert.notifiedAt() == null).toList();
        if (!silent.isEmpty()) {
            store.recoveryAnnounced(silent, now);
        }
        List<AlertNotifier> active = notifiers.stream().filter(AlertNotifier::configured).toList();
        if (active.isEmpty()) {
            return;
        }
        for (Notice notice : notices(toOpen, recovered.stream().filter(alert -> alert.notifiedAt() != null).toList())) {
            if (sendToAll(active, notice)) {
                if (notice.type() == Notice.Type.RECOVERED) {
                    store.recoveryAnnounced(notice.alerts(), now);
                } else {
                    store.announced(notice.alerts(), now);
                }
            }
        }
    }

    static List<Notice> notices(List<AlertState> toOpen, List<AlertState> recovered) {
        Map<Group, List<AlertState>> groups = new LinkedHashMap<>();
        for (AlertState alert : toOpen) {
            Notice.Type type = alert.notifiedAt() == null ? Notice.Type.OPENED : Notice.Type.REMINDER;
            groups.computeIfAbsent(new Group(type, alert.kind()), g -> new ArrayList<>()).add(alert);
        }
        for (AlertState alert : recovered) {
            groups.computeIfAbsent(new Group(Notice.Type.RECOVERED, alert.kind()), g -> new ArrayList<>()).add(alert);
        }
        List<Notice> notices = new ArrayList<>();
        groups.forEach((group, alerts) -> notices.add(new Notice(group.type(), group.kind(), List.copyOf(alerts))));
        return notices;
    }

    private record Group(Notice.Type type, String kind) {}

    private static boolean sendToAll(List<AlertNotifier> active, Notice notice) {
        boolean all = true;
        for (AlertNotifier notifier : active) {
            try {
                notifier.send(notice);
            } catch (Exception e) {
                all = false;
                log.warn("Không gửi được thông báo {} qua {}; gửi lại ở lần kiểm tra sau / cannot send the {} notice by {}; sent again at the next check: {}",
                        notice.kind(), notifier.name(), notice.type(), notifier.name(), e.toString());
            }
        }
        return all;
    }
}
