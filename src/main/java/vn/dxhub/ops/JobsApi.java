package vn.dxhub.ops;

import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.jobs.Job;
import vn.dxhub.jobs.Jobs;

/** Long work's progress; the REST routes of {@link AuditAndJobsApiRoutes} call it as a bean. */
@Component("jobsApi")
class JobsApi {

    private final Jobs jobs;

    JobsApi(Jobs jobs) {
        this.jobs = jobs;
    }

    /** The jobs this instance keeps, newest first, paged. */
    public Paging.Page<Job> recent(@Header("offset") String offset, @Header("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        java.util.List<Job> all = jobs.recent();
        return Paging.Page.of(all.subList(Math.min(paging.offset(), all.size()), Math.min(all.size(), paging.offset() + paging.limit())),
                all.size(), paging);
    }

    public Job job(@Header("id") String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("id", id, "không có việc này (hoặc hub đã khởi động lại)",
                "no such job (or the hub restarted since)"));
    }
}
