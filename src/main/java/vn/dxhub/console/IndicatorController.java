package vn.dxhub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxhub.catalog.Bound;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.IndicatorGroup;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.observation.ObservationQueries;
import vn.dxhub.observation.StoredValue;

/** The indicator catalog and one indicator's page: its definition, plans and target, and its values across periods with revisions. */
@Controller
class IndicatorController {

    private final IndicatorCatalog catalog;
    private final ReportingUnits units;
    private final ObservationQueries observations;
    private final MessageSource messages;
    private final ObjectMapper json;

    IndicatorController(IndicatorCatalog catalog, ReportingUnits units, ObservationQueries observations, MessageSource messages,
                        ObjectMapper json) {
        this.catalog = catalog;
        this.units = units;
        this.observations = observations;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/indicators")
    String list(Model model) {
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("groups", groups());
        return "indicators";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String unit, Model model, Locale locale)
            throws JsonProcessingException {
        Indicator indicator = catalog.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "không có chỉ tiêu / no indicator " + code));
        List<ReportingUnit> withData = observations.unitsWithData(code).stream().map(id -> units.find(id).orElse(unknownUnit(id))).toList();
        String shown = unit != null && withData.stream().anyMatch(u -> u.id().equals(unit)) ? unit
                : withData.isEmpty() ? null : withData.get(0).id();
        List<StoredValue> values = shown == null ? List.of() : observations.history(code, shown);
        model.addAttribute("indicator", indicator);
        model.addAttribute("group", groups().get(indicator.group()));
        model.addAttribute("linkedTargets", catalog.targetsLinkedTo(code));
        model.addAttribute("unitsWithData", withData);
        model.addAttribute("unit", shown);
        model.addAttribute("values", values);
        model.addAttribute("chart", json.writeValueAsString(IndicatorChart.of(values, plans(indicator, locale), indicator.unitOfMeasure().code())));
        return "indicator";
    }

    /** The revisions of one value, as the htmx fragment the values table expands in place. */
    @GetMapping("/indicators/values/{id}/revisions")
    String revisions(@PathVariable long id, Model model) {
        model.addAttribute("revisions", observations.revisions(id));
        return "indicator-revisions :: revisions";
    }

    private Map<String, Bound> plans(Indicator indicator, Locale locale) {
        Map<String, Bound> plans = new LinkedHashMap<>();
        plans.put(messages.getMessage("indicator.plan2023", null, locale), indicator.plan2023());
        plans.put(messages.getMessage("indicator.plan2024", null, locale), indicator.plan2024());
        plans.put(messages.getMessage("indicator.target2025", null, locale), indicator.target2025());
        return plans;
    }

    private Map<String, IndicatorGroup> groups() {
        Map<String, IndicatorGroup> groups = new LinkedHashMap<>();
        catalog.groups().forEach(g -> groups.put(g.code(), g));
        return groups;
    }

    /** A unit id in stored data that the reference data no longer lists is still shown, by its id. */
    private static ReportingUnit unknownUnit(String id) {
        return new ReportingUnit(id, id, id, null, ReportingUnit.Kind.PROVINCE, null, null, null, null, List.of());
    }
}
