package vn.dxhub.ops;

import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.jobs.Job;

/** GET /api/audit, and the progress of long work: GET /api/jobs and /api/jobs/{id}. */
@Component
class AuditAndJobsApiRoutes extends OpsRouteBuilder {

    @Override
    public void configure() {
        paged(rest("/audit").description("Nhật ký thao tác / audit log")
                .get().id("api-audit")
                    .description("Ai làm gì, khi nào, trước và sau, kể cả lần bị từ chối; mới nhất trước "
                            + "/ who did what, when, before and after, refusals included; newest first")
                    .param().name("actor").type(RestParamType.query).required(false).description("người thực hiện / actor").endParam()
                    .param().name("action").type(RestParamType.query).required(false)
                        .description("thao tác, hoặc phần đầu của nó (quarantine.) / action or its start").endParam()
                    .param().name("outcome").type(RestParamType.query).required(false).description("allowed | denied | failed").endParam()
                    .param().name("from").type(RestParamType.query).required(false).description("từ ngày YYYY-MM-DD / from").endParam()
                    .param().name("to").type(RestParamType.query).required(false).description("đến hết ngày YYYY-MM-DD / up to").endParam())
                    .to("direct:api-audit");

        paged(rest("/jobs").description("Việc dài đang chạy / long work and its progress")
                .get().id("api-jobs")
                    .description("Các việc gần đây của hub này, mới nhất trước / this instance's recent jobs, newest first"))
                    .to("direct:api-jobs")
                .get("/{id}").id("api-job")
                    .description("Tiến độ một việc: tổng, đã xong, lỗi, trạng thái / a job's progress: total, done, failed, state")
                    .param().name("id").type(RestParamType.path).description("mã việc / job id").endParam()
                    .responseMessage().code(404).message("không có việc này / no such job").endResponseMessage()
                    .outType(Job.class)
                    .to("direct:api-job");

        answer("api-audit", "auditApi", "list");
        answer("api-jobs", "jobsApi", "recent");
        answer("api-job", "jobsApi", "job");
    }
}
