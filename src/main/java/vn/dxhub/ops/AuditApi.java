package vn.dxhub.ops;

import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The audit log's API; the REST routes of {@link AuditAndJobsApiRoutes} call it as a bean. */
@Component("auditApi")
class AuditApi {

    private final AuditQueries queries;

    AuditApi(AuditQueries queries) {
        this.queries = queries;
    }

    public Paging.Page<AuditQueries.Entry> list(@Header("actor") String actor, @Header("action") String action, @Header("outcome") String outcome,
                                                @Header("from") String from, @Header("to") String to,
                                                @Header("offset") String offset, @Header("limit") String limit) {
        return queries.list(new AuditQueries.Filter(actor, action, outcome, from, to), Paging.of(offset, limit));
    }
}
