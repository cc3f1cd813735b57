package vn.dxhub.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxhub.jobs.JobsBusyException;
import vn.dxhub.ops.DeliveryQueries;
import vn.dxhub.ops.DeliveryReplays;
import vn.dxhub.ops.Paging;

/** Deliveries to the national system: counts by state, the filtered list, one delivery's receipts, and a replay of the dead ones as a job. */
@Controller
class DeliveriesController {

    private final DeliveryQueries queries;
    private final DeliveryReplays replays;

    DeliveriesController(DeliveryQueries queries, DeliveryReplays replays) {
        this.queries = queries;
        this.replays = replays;
    }

    @GetMapping("/deliveries")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String indicator,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                @RequestParam(required = false) String offset, HttpServletRequest request,
                Model model) {
        DeliveryQueries.Filter filter = new DeliveryQueries.Filter(state, indicator, unit, period);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", queries.summary());
        model.addAttribute("states", DeliveryQueries.STATES);
        var page = queries.list(filter, Paging.of(offset, null));
        model.addAttribute("page", page);
        model.addAttribute("pager", PageLinks.of(page, request));
        return "deliveries";
    }

    @GetMapping("/deliveries/{id}")
    String delivery(@PathVariable long id, Model model) {
        model.addAttribute("detail", queries.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "không có bản ghi chuyển giao id=" + id + " / no delivery id=" + id)));
        return "deliveries-entry :: detail";
    }

    /** Every dead delivery, replayed in the background; the answer is the job's progress, which polls itself. */
    @PostMapping("/deliveries/replay-dead")
    String replayDead(@RequestParam(required = false) String note, Principal who, Model model) {
        try {
            model.addAttribute("job", replays.replay(new DeliveryReplays.Request(null, true, null, note), who.getName()).job());
            return "job :: progress";
        } catch (JobsBusyException e) {
            return "job :: busy";
        }
    }
}
