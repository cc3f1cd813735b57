package vn.dxhub.health;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.dxhub.store.ConnectorPauses;
import vn.dxhub.store.RunHistory.Run;

/**
 * The one rule of a connector's colour. Red: the last run failed, or a scheduled connector had no successful run
 * within {@code staleAfter} intervals of its schedule. Amber: paused (staleness is then expected, so it is not red),
 * never ran, running much longer than its usual runs, or the last run quarantined records. Green otherwise.
 */
final class HealthRule {

    /** A run counts as long when it takes more than this many times its connector's usual run, and at least a minute. */
    private static final int LONG_RUN_FACTOR = 2;
    private static final Duration LONG_RUN_FLOOR = Duration.ofMinutes(1);

    /**
     * What the rule looks at. {@code interval} is null for a connector without a recurring schedule (file-drop, or a
     * cron that fires once); {@code usualRun} is null when the connector has no successful run to compare with.
     */
    record Facts(ConnectorPauses.Pause pause, Duration interval, Run lastRun, Run lastSuccess, Duration usualRun) {}

    private final int staleAfter;
    private final DateTimeFormatter time;

    HealthRule(int staleAfter, ZoneId zone) {
        this.staleAfter = staleAfter;
        this.time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
    }

    Health judge(Facts f, Instant now) {
        Run last = f.lastRun();
        if (last != null && last.failed()) {
            Bilingual error = Bilingual.split(last.errorMessage());
            return Health.of(Health.Cause.FAILED, "Lần chạy gần nhất thất bại (" + last.errorKind() + "): " + error.vi(),
                    "The last run failed (" + last.errorKind() + "): " + error.en());
        }
        if (f.pause() != null) {
            return Health.of(Health.Cause.PAUSED, "Tạm dừng bởi " + f.pause().pausedBy() + " lúc " + time.format(f.pause().pausedAt()) + reason(f.pause()),
                    "Paused by " + f.pause().pausedBy() + " at " + time.format(f.pause().pausedAt()) + reason(f.pause()));
        }
        if (f.interval() != null && f.lastSuccess() != null) {
            Instant since = f.lastSuccess().endedAt();
            Duration limit = f.interval().multipliedBy(staleAfter);
            if (Duration.between(since, now).compareTo(limit) > 0) {
                return Health.of(Health.Cause.STALE, "Quá hạn: không có lần chạy thành công từ " + time.format(since) + " (quá " + staleAfter + " chu kỳ lịch, "
                        + Durations.text(limit) + ")", "Stale: no successful run since " + time.format(since) + " (more than " + staleAfter
                        + " schedule intervals, " + Durations.text(limit) + ")");
            }
        }
        if (last == null) {
            return Health.of(Health.Cause.NEVER_RAN, "Chưa chạy lần nào", "Never ran yet");
        }
        if (last.running()) {
            Duration running = last.duration(now);
            if (f.usualRun() != null && running.compareTo(LONG_RUN_FLOOR) > 0 && running.compareTo(f.usualRun().multipliedBy(LONG_RUN_FACTOR)) > 0) {
                return Health.of(Health.Cause.LONG_RUN, "Đang chạy " + Durations.text(running) + ", lâu hơn thường lệ (" + Durations.text(f.usualRun()) + ")",
                        "Running for " + Durations.text(running) + ", longer than usual (" + Durations.text(f.usualRun()) + ")");
            }
            return Health.of(Health.Cause.RUNNING, "Đang chạy", "Running");
        }
        if (last.quarantined() > 0) {
            return Health.of(Health.Cause.QUARANTINED, "Lần chạy gần nhất thành công nhưng cách ly " + last.quarantined() + " bản ghi",
                    "The last run succeeded but quarantined " + last.quarantined() + " records");
        }
        return Health.of(Health.Cause.SUCCEEDED, "Lần chạy gần nhất thành công", "The last run succeeded");
    }

    private static String reason(ConnectorPauses.Pause pause) {
        return pause.reason() == null ? "" : ": " + pause.reason();
    }
}
