package vn.dxhub.health;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.quartz.CronExpression;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a scheduled connector fires next and how often. The next fire comes from the Quartz trigger of the connector's
 * route ({@code quartz:connectors/{id}}: group "connectors", name the connector's id), which knows a pending misfire;
 * without a trigger (the route not started yet) it is computed from the cron. The interval is the time between the
 * cron's next two fire times; a cron that fires at most once more has none.
 */
@Component
class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    static final String TRIGGER_GROUP = "connectors";

    private final Scheduler scheduler;

    Schedules(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    Optional<Instant> nextFire(String connectorId, String cron, Instant now) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(connectorId, TRIGGER_GROUP));
            if (trigger != null && trigger.getNextFireTime() != null) {
                return Optional.of(trigger.getNextFireTime().toInstant());
            }
        } catch (SchedulerException e) {
            log.debug("{}: không đọc được trigger / trigger unreadable: {}", connectorId, e.getMessage());
        }
        return expression(cron).map(c -> c.getNextValidTimeAfter(Date.from(now))).map(Date::toInstant);
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
