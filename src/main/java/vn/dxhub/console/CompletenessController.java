package vn.dxhub.console;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxhub.alert.CompletenessAlertSettings;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodType;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.completeness.CompletenessGrid;
import vn.dxhub.completeness.CompletenessReport;

/** The completeness heat map: units × expected indicators of a period, with the deadline counting down. */
@Controller
class CompletenessController {

    /** Quarters offered in the period switch: the one due next and the ones before it. */
    private static final int QUARTERS_OFFERED = 6;
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CompletenessReport report;
    private final CompletenessAlertSettings alerts;
    private final Clock clock;
    private final MessageSource messages;

    CompletenessController(CompletenessReport report, CompletenessAlertSettings alerts, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.report = report;
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping("/completeness")
    String completeness(@RequestParam(required = false) String period, @RequestParam(required = false) String kind, Model model,
                        Locale locale) {
        Period dueNext = report.dueNext(clock);
        Optional<Period> asked = period == null || period.isBlank() ? Optional.of(dueNext) : Period.parse(period.strip());
        if (asked.isEmpty()) {
            model.addAttribute("badPeriod", period);
        }
        ReportingUnit.Kind unitKind = "ministry".equals(kind) ? ReportingUnit.Kind.MINISTRY : ReportingUnit.Kind.PROVINCE;
        CompletenessGrid grid = report.grid(asked.orElse(dueNext), unitKind, clock);
        model.addAttribute("grid", grid);
        model.addAttribute("periods", periodsOffered(dueNext, grid.period()));
        model.addAttribute("alertSeconds", Duration.ofDays(alerts.getDaysBefore()).toSeconds());
        model.addAttribute("urgent", grid.deadline().within(alerts.getDaysBefore(), clock.instant()));
        String due = DUE_DATE.format(grid.deadline().dueBefore());
        model.addAttribute("due", due);
        model.addAttribute("countdownText", messages.getMessage(grid.deadline().passed() ? "completeness.passed" : "completeness.countdown", null, locale)
                .replace("{d}", Long.toString(grid.deadline().daysLeft())).replace("{h}", Long.toString(grid.deadline().hoursLeft()))
                .replace("{p}", grid.period()).replace("{due}", due));
        return "completeness";
    }

    private static List<String> periodsOffered(Period dueNext, String shown) {
        List<String> periods = new ArrayList<>();
        Period p = dueNext;
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            periods.add(p.id());
            p = p.index() == 1 ? Period.quarter(p.year() - 1, 4) : new Period(PeriodType.QUARTER, p.year(), p.index() - 1);
        }
        if (!periods.contains(shown)) {
            periods.add(0, shown);
        }
        return periods;
    }
}
