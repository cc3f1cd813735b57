package vn.dxhub.console;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dxhub.health.ConnectorStatuses;

/** The overview: every connector with its colour, last run, records and last error, and the totals by colour. */
@Controller
class OverviewController {

    private final ConnectorStatuses statuses;
    private final Clock clock;

    OverviewController(ConnectorStatuses statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @GetMapping("/")
    String overview(Model model, Locale locale) {
        fill(model, locale);
        return "connectors/overview";
    }

    /** The list alone, which the overview fetches again every 10 seconds. */
    @GetMapping("/overview/connectors")
    String list(Model model, Locale locale) {
        fill(model, locale);
        return "connectors/overview :: list";
    }

    private void fill(Model model, Locale locale) {
        List<ConnectorView> connectors = statuses.all().stream().map(s -> ConnectorView.of(s, locale, clock.getZone())).toList();
        Map<String, Long> totals = connectors.stream().collect(Collectors.groupingBy(ConnectorView::colour, Collectors.counting()));
        model.addAttribute("connectors", connectors);
        model.addAttribute("totals", List.of("red", "amber", "green").stream()
                .collect(Collectors.toMap(Function.identity(), c -> totals.getOrDefault(c, 0L), (a, b) -> a, java.util.LinkedHashMap::new)));
    }
}
