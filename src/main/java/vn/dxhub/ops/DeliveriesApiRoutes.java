package vn.dxhub.ops;

import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** GET /api/deliveries, their summary, one delivery with its receipts, and an operator's replay. */
@Component
class DeliveriesApiRoutes extends OpsRouteBuilder {

    @Override
    public void configure() {
        paged(rest("/deliveries").description("Chuyển giao lên hệ thống quốc gia / deliveries to the national system")
                .get().id("api-deliveries")
                    .description("Danh sách chuyển giao, mới cập nhật trước / deliveries, most recently updated first")
                    .param().name("state").type(RestParamType.query).required(false).description("pending | in_flight | delivered | rejected | dead").endParam()
                    .param().name("indicator").type(RestParamType.query).required(false).description("mã chỉ tiêu / indicator code").endParam()
                    .param().name("unit").type(RestParamType.query).required(false).description("mã đơn vị / reporting unit id").endParam()
                    .param().name("period").type(RestParamType.query).required(false).description("kỳ / period id").endParam())
                    .to("direct:api-deliveries")
                .get("/summary").id("api-deliveries-summary")
                    .description("Số bản ghi theo trạng thái, thời gian chờ lâu nhất, lô gần nhất / counts per state, oldest pending age, last batch")
                    .outType(DeliveryQueries.Summary.class)
                    .to("direct:api-deliveries-summary")
                .get("/{id}").id("api-delivery")
                    .description("Một chuyển giao: phiên bản mang theo, số lần thử, lỗi cuối, biên nhận / one delivery: its revision, attempts, last error, receipts")
                    .param().name("id").type(RestParamType.path).description("mã chuyển giao / delivery id").endParam()
                    .responseMessage().code(404).message("không có / no such delivery").endResponseMessage()
                    .outType(DeliveryQueries.Detail.class)
                    .to("direct:api-delivery")
                .post("/replay").id("api-deliveries-replay")
                    .description("Gửi lại: {ids} bản ghi chết, {allDead: true} mọi bản ghi chết, hoặc {rejectedIds} bản ghi bị từ chối; kèm note. "
                            + "Việc lớn (trên 200 hoặc allDead) chạy nền: 202 với job, xem GET /api/jobs/{id} "
                            + "/ replay named dead deliveries, every dead one, or named rejected ones; large work runs as a job (202)")
                    .param().name("body").type(RestParamType.body).required(true).description("{ids | allDead | rejectedIds, note}").endParam()
                    .type(DeliveryReplays.Request.class)
                    .responseMessage().code(200).message("đã gửi lại và bỏ qua / replayed and skipped").endResponseMessage()
                    .responseMessage().code(202).message("đang chạy nền / running as a job").endResponseMessage()
                    .responseMessage().code(400).message("cần đúng một trong ids, allDead, rejectedIds / exactly one of them").endResponseMessage()
                    .responseMessage().code(503).message("quá nhiều việc dài đang chạy / too many jobs running").endResponseMessage()
                    .outType(DeliveryReplays.Answer.class)
                    .to("direct:api-deliveries-replay");

        answer("api-deliveries", "deliveriesApi", "list");
        answer("api-deliveries-summary", "deliveriesApi", "summary");
        answer("api-delivery", "deliveriesApi", "delivery");
        answerWithOwnStatus("api-deliveries-replay", "deliveriesApi", "replay");
    }
}
