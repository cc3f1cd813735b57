package vn.dxhub.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.dxhub.jobs.Jobs;

/**
 * A job's progress as an htmx fragment any page embeds: {@code <div hx-get="/jobs/{id}" hx-trigger="load"
 * hx-swap="outerHTML"></div>}. While the job runs, the fragment asks for itself again every second.
 */
@Controller
class JobsController {

    private final Jobs jobs;

    JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "không có việc này / no such job")));
        return "job :: progress";
    }
}
