package vn.dxhub.console;

import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxhub.health.Bilingual;
import vn.dxhub.ops.CorrectionSuggestion;
import vn.dxhub.ops.Paging;
import vn.dxhub.ops.QuarantineActions;
import vn.dxhub.ops.QuarantineQueries;
import vn.dxhub.store.QuarantineConflictException;
import vn.dxhub.validation.Problem;

/**
 * The quarantine workbench: a filtered list of entries; an entry opens beside it (htmx) with the fragment as received,
 * its reasons, and a correction to edit and resubmit, or a reason to discard it. A correction with problems comes back
 * with each problem beside the form; a settled entry leaves the open list.
 */
@Controller
class QuarantineController {

    private static final String ENTRY = "quarantine-entry :: entry";

    private final QuarantineQueries queries;
    private final QuarantineActions actions;
    private final CorrectionSuggestion suggestion;
    private final ObjectMapper json;

    QuarantineController(QuarantineQueries queries, QuarantineActions actions, CorrectionSuggestion suggestion, ObjectMapper json) {
        this.queries = queries;
        this.actions = actions;
        this.suggestion = suggestion;
        this.json = json;
    }

    @GetMapping("/quarantine")
    String list(@RequestParam(defaultValue = "open") String state, @RequestParam(required = false) String connector,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String offset, HttpServletRequest request,
                Model model) {
        QuarantineQueries.Filter filter = new QuarantineQueries.Filter(state, connector, reason, null, null);
        model.addAttribute("filter", filter);
        var page = queries.list(filter, Paging.of(offset, null));
        model.addAttribute("page", page);
        model.addAttribute("pager", PageLinks.of(page, request));
        return "quarantine";
    }

    @GetMapping("/quarantine/{id}")
    String entry(@PathVariable long id, Model model) {
        QuarantineQueries.Detail entry = detail(id);
        model.addAttribute("entry", entry);
        model.addAttribute("correction", pretty(suggestion.suggest(entry)));
        return ENTRY;
    }

    @PostMapping("/quarantine/{id}/resubmit")
    String resubmit(@PathVariable long id, @RequestParam String correction, @RequestParam(required = false) String note, Principal who, Model model) {
        model.addAttribute("correction", correction);
        model.addAttribute("note", note);
        try {
            JsonNode observation = json.readTree(correction);
            QuarantineActions.Outcome outcome = actions.resubmit(id, observation, note, who.getName());
            model.addAttribute(outcome.problems().isEmpty() ? "stored" : "problems", outcome.problems().isEmpty() ? outcome : outcome.problems());
        } catch (JsonProcessingException e) {
            model.addAttribute("problems", List.of(new Problem("$", null, "bản sửa không phải JSON hợp lệ: " + e.getOriginalMessage(),
                    "the correction is not valid JSON: " + e.getOriginalMessage())));
        } catch (QuarantineConflictException e) {
            model.addAttribute("conflict", Bilingual.split(e.getMessage()));
        }
        model.addAttribute("entry", detail(id));
        return ENTRY;
    }

    @PostMapping("/quarantine/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) String reason, Principal who, Model model) {
        try {
            boolean discarded = actions.discard(id, reason, who.getName());
            model.addAttribute(discarded ? "discarded" : "discardMissingReason", true);
        } catch (QuarantineConflictException e) {
            model.addAttribute("conflict", Bilingual.split(e.getMessage()));
        }
        QuarantineQueries.Detail entry = detail(id);
        model.addAttribute("entry", entry);
        model.addAttribute("correction", pretty(suggestion.suggest(entry)));
        return ENTRY;
    }

    private QuarantineQueries.Detail detail(long id) {
        return queries.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "không có bản ghi cách ly id=" + id + " / no quarantine entry id=" + id));
    }

    private String pretty(JsonNode node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
