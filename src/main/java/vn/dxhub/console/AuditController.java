package vn.dxhub.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxhub.ops.AuditQueries;
import vn.dxhub.ops.Paging;

/** The audit log, newest first, filtered by actor, action, outcome and date. */
@Controller
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String offset, HttpServletRequest request,
                Model model) {
        AuditQueries.Filter filter = new AuditQueries.Filter(actor, action, outcome, from, to);
        model.addAttribute("filter", filter);
        var page = queries.list(filter, Paging.of(offset, null));
        model.addAttribute("page", page);
        model.addAttribute("pager", PageLinks.of(page, request));
        return "audit";
    }
}
