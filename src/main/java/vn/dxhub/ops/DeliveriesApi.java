package vn.dxhub.ops;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.jobs.JobsBusyException;
import vn.dxhub.security.ActorHeader;

/** The deliveries' API; the REST routes of {@link DeliveriesApiRoutes} call it as a bean. */
@Component("deliveriesApi")
class DeliveriesApi {

    private final DeliveryQueries queries;
    private final DeliveryReplays replays;

    DeliveriesApi(DeliveryQueries queries, DeliveryReplays replays) {
        this.queries = queries;
        this.replays = replays;
    }

    public Paging.Page<DeliveryQueries.Item> list(@Header("state") String state, @Header("indicator") String indicator,
                                                  @Header("unit") String unit, @Header("period") String period,
                                                  @Header("offset") String offset, @Header("limit") String limit) {
        return queries.list(new DeliveryQueries.Filter(state, indicator, unit, period), Paging.of(offset, limit));
    }

    public DeliveryQueries.Summary summary() {
        return queries.summary();
    }

    public DeliveryQueries.Detail delivery(@Header("id") String id) {
        return queries.detail(Ids.of("id", id))
                .orElseThrow(() -> new NotFoundException("id", id, "không có bản ghi chuyển giao này", "no such delivery"));
    }

    public DeliveryReplays.Answer replay(@Body DeliveryReplays.Request request, @Header(ActorHeader.NAME) String actor) {
        try {
            return replays.replay(request == null ? new DeliveryReplays.Request(null, null, null, null) : request, actor);
        } catch (JobsBusyException e) {
            throw new UnavailableException("ids", null, "đang có quá nhiều việc dài chạy, thử lại sau", "too many long jobs running, try again later", -1);
        }
    }
}
