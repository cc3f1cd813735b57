package vn.dxhub.console;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxhub.connector.ConnectorControl;
import vn.dxhub.health.ConnectorStatus;
import vn.dxhub.health.ConnectorStatuses;
import vn.dxhub.store.RunHistory;

/**
 * A connector's page: its state, schedule, health and last error, its runs a page at a time, a chart of records per
 * run, and for operators run now, pause and resume (posted by htmx; the answer is the state box, redrawn).
 */
@Controller
class ConnectorPageController {

    static final int RUNS_PER_PAGE = 20;
    static final int CHART_RUNS = 30;

    private final ConnectorStatuses statuses;
    private final ConnectorControl control;
    private final RunHistory runs;
    private final Clock clock;

    ConnectorPageController(ConnectorStatuses statuses, ConnectorControl control, RunHistory runs, Clock clock) {
        this.statuses = statuses;
        this.control = control;
        this.runs = runs;
        this.clock = clock;
    }

    /** A run as the runs table shows it. */
    record RunRow(RunHistory.Run run, String startedAt, String endedAt, String error) {}

    @GetMapping("/connectors/{id}")
    String page(@PathVariable String id, @RequestParam(defaultValue = "0") int offset, Model model, Locale locale) {
        state(id, model, locale, null);
        int from = Math.max(0, offset);
        RunHistory.Filter filter = new RunHistory.Filter(id, null, null, null);
        model.addAttribute("runs", runs.find(filter, from, RUNS_PER_PAGE).stream().map(r -> new RunRow(r, ConnectorView.time(r.startedAt(), clock.getZone()),
                ConnectorView.time(r.endedAt(), clock.getZone()), r.failed() ? ConnectorView.inLanguage(r.errorMessage(), locale) : null)).toList());
        model.addAttribute("offset", from);
        model.addAttribute("total", runs.count(filter));
        model.addAttribute("pageSize", RUNS_PER_PAGE);
        model.addAttribute("chart", RunChart.of(runs.recent(id, CHART_RUNS), clock.getZone()));
        return "connectors/connector";
    }

    @PostMapping("/connectors/{id}/run")
    String run(@PathVariable String id, Principal who, Model model, Locale locale) {
        return answer(id, control.runNow(id, who.getName()), model, locale);
    }

    @PostMapping("/connectors/{id}/pause")
    String pause(@PathVariable String id, @RequestParam(required = false) String reason, Principal who, Model model, Locale locale) {
        return answer(id, control.pause(id, who.getName(), reason), model, locale);
    }

    @PostMapping("/connectors/{id}/resume")
    String resume(@PathVariable String id, Principal who, Model model, Locale locale) {
        return answer(id, control.resume(id, who.getName()), model, locale);
    }

    private String answer(String id, ConnectorControl.Outcome outcome, Model model, Locale locale) {
        state(id, model, locale, "connector.outcome." + outcome.name().toLowerCase(Locale.ROOT));
        model.addAttribute("outcomeOk", outcome == ConnectorControl.Outcome.DONE);
        return "connectors/connector :: state";
    }

    private void state(String id, Model model, Locale locale, String outcome) {
        ConnectorStatus status = statuses.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "connector " + id));
        model.addAttribute("c", ConnectorView.of(status, locale, clock.getZone()));
        model.addAttribute("outcome", outcome);
    }

    /** Records per run for the chart, oldest first. */
    record RunChart(List<String> labels, List<Integer> stored, List<Integer> unchanged, List<Integer> quarantined) {

        static RunChart of(List<RunHistory.Run> newestFirst, java.time.ZoneId zone) {
            List<RunHistory.Run> runs = new java.util.ArrayList<>(newestFirst);
            java.util.Collections.reverse(runs);
            return new RunChart(runs.stream().map(r -> ConnectorView.time(r.startedAt(), zone)).toList(),
                    runs.stream().map(RunHistory.Run::stored).toList(), runs.stream().map(RunHistory.Run::unchanged).toList(),
                    runs.stream().map(RunHistory.Run::quarantined).toList());
        }
    }
}
