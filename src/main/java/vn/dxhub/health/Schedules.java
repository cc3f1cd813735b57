package vn.dxhub.health;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quartz.CronExpression;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a scheduled connector fires next and how often. The next fire comes from the Quartz trigger of the connector's
 * route ({@code quartz:connectors/{id}}: group "connectors", name the connector's id), which knows a pending misfire;
 * without a trigger (the route not started yet) it is computed from the cron. The triggers of all connectors are read
 * in one query of Quartz's job store (our Flyway V2 tables): asking the Scheduler trigger by trigger costs a query each,
 * dozens for one refresh of the overview. The interval is the time between the
 * cron's next two fire times; a cron that fires at most once more has none.
 */
@Component
class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    static final String TRIGGER_GROUP = "connectors";

    private final Scheduler scheduler;
    private final JdbcClient jdbc;

    Schedules(Scheduler scheduler, JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /** The next fire time of each connector's trigger, by connector id; empty when the job store cannot be read. */
    Map<String, Instant> triggers() {
        try {
            return jdbc.sql("""
                            select trigger_name, next_fire_time from qrtz_triggers
                            where sched_name = :scheduler and trigger_group = :group and next_fire_time > 0""")
                    .param("scheduler", scheduler.getSchedulerName()).param("group", TRIGGER_GROUP)
                    .query((rs, n) -> Map.entry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (SchedulerException e) {
            log.debug("không đọc được tên bộ lập lịch / scheduler name unreadable: {}", e.getMessage());
            return Map.of();
        }
    }

    /** The connector's next fire: its trigger's ({@link #triggers()}), else computed from the cron. */
    static Optional<Instant> nextFire(String connectorId, String cron, Map<String, Instant> triggers, Instant now) {
        Instant fromTrigger = triggers.get(connectorId);
        return fromTrigger != null ? Optional.of(fromTrigger) : expression(cron).map(c -> c.getNextValidTimeAfter(Date.from(now))).map(Date::toInstant);
    }

    /** The time between the cron's next two fire times after {@code now}; empty for a cron that does not recur. */
    static Optional<Duration> interval(String cron, Instant now) {
        return expression(cron).flatMap(c -> {
            Date first = c.getNextValidTimeAfter(Date.from(now));
            Date second = first == null ? null : c.getNextValidTimeAfter(first);
            return second == null ? Optional.empty() : Optional.of(Duration.between(first.toInstant(), second.toInstant()));
        });
    }

    private static Optional<CronExpression> expression(String cron) {
        if (cron == null || cron.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CronExpression(cron.strip()));
        } catch (ParseException e) {
            // the route linter refuses a file with a bad cron, so this is not reached for a loaded connector
            return Optional.empty();
        }
    }
}
