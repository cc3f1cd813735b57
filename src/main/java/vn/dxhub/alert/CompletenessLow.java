package vn.dxhub.alert;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.completeness.CompletenessGrid;
import vn.dxhub.completeness.CompletenessReport;
import vn.dxhub.store.DatabaseOutages;

/**
 * The provinces are behind shortly before a deadline: the period due next is at most
 * {@link CompletenessAlertSettings#getDaysBefore()} days from its deadline and the share of expected province values held
 * (official or provisional) is below {@link CompletenessAlertSettings#getThreshold()}. One alert per period, naming the
 * share and the provinces furthest behind.
 */
@Component
public class CompletenessLow implements AlertCondition {

    static final String KIND = "completeness-low";
    private static final int UNITS_NAMED = 5;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger LOG = LoggerFactory.getLogger(CompletenessLow.class);

    private final CompletenessReport report;
    private final CompletenessAlertSettings settings;
    private final Clock clock;
    /** What the last check saw, kept for a database outage: the shortfall is not over because it cannot be read. */
    private volatile List<Alert> lastKnown = List.of();

    public CompletenessLow(CompletenessReport report, CompletenessAlertSettings settings, Clock clock) {
        this.report = report;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Alert> active() {
        try {
            lastKnown = check();
        } catch (DataAccessException e) {
            if (!DatabaseOutages.isOutage(e)) {
                throw e;
            }
            LOG.warn("completeness not checked, the database is unavailable: {}", e.getMessage());
        }
        return lastKnown;
    }

    private List<Alert> check() {
        Period period = report.dueNext(clock);
        CompletenessGrid grid = report.grid(period, ReportingUnit.Kind.PROVINCE, clock);
        if (!grid.deadline().within(settings.getDaysBefore(), clock.instant()) || grid.share() >= settings.getThreshold()) {
            return List.of();
        }
        String due = DUE.format(grid.deadline().dueBefore());
        long days = grid.deadline().daysLeft();
        long hours = grid.deadline().hoursLeft();
        String behind = grid.furthestBehind(UNITS_NAMED).stream()
                .map(r -> r.name() + " " + r.complete() + "/" + r.expected())
                .collect(Collectors.joining(", "));
        return List.of(new Alert(KIND + ":" + period.id(), KIND,
                "Số liệu kỳ %s mới đủ %s (ngưỡng %s), còn %d ngày %d giờ đến hạn nộp (trước %s)"
                        .formatted(period.id(), percent(grid.share(), VI), percent(settings.getThreshold(), VI), days, hours, due),
                "Data for %s only %s complete (threshold %s), %d days %d hours before the deadline (due before %s)"
                        .formatted(period.id(), percent(grid.share(), Locale.ENGLISH), percent(settings.getThreshold(), Locale.ENGLISH), days, hours, due),
                "%d/%d giá trị của các tỉnh, thành phố. Thiếu nhiều nhất: %s".formatted(grid.complete(), grid.expected(), behind),
                "%d/%d province values. Furthest behind: %s".formatted(grid.complete(), grid.expected(), behind)));
    }

    private static String percent(double share, Locale locale) {
        return String.format(locale, "%.1f%%", share * 100);
    }
}
