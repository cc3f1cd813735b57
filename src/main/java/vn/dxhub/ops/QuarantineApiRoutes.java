package vn.dxhub.ops;

import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** GET /api/quarantine, one entry, and an operator's resubmit or discard. */
@Component
class QuarantineApiRoutes extends OpsRouteBuilder {

    private static final String ID = "mã bản ghi cách ly / quarantine entry id";

    @Override
    public void configure() {
        paged(rest("/quarantine").description("Bản ghi bị cách ly / quarantined records")
                .get().id("api-quarantine")
                    .description("Danh sách bản ghi cách ly, mới nhất trước / quarantined records, newest first")
                    .param().name("state").type(RestParamType.query).required(false).description("open | resubmitted | discarded").endParam()
                    .param().name("connector").type(RestParamType.query).required(false).description("connectorId").endParam()
                    .param().name("reason").type(RestParamType.query).required(false)
                        .description("chữ có trong lý do / text in the reasons").endParam()
                    .param().name("from").type(RestParamType.query).required(false).description("từ ngày YYYY-MM-DD / created from").endParam()
                    .param().name("to").type(RestParamType.query).required(false).description("đến hết ngày YYYY-MM-DD / created up to").endParam())
                    .to("direct:api-quarantine")
                .get("/{id}").id("api-quarantine-entry")
                    .description("Một bản ghi cách ly: đoạn dữ liệu gốc, lý do, payload, xử lý, và gợi ý bản sửa theo lược đồ chung "
                            + "/ one entry: the fragment as received, reasons, payload, resolution, and a suggested correction in the common schema")
                    .param().name("id").type(RestParamType.path).description(ID).endParam()
                    .responseMessage().code(404).message("không có bản ghi / no such entry").endResponseMessage()
                    .outType(QuarantineApi.EntryAnswer.class)
                    .to("direct:api-quarantine-entry")
                .post("/{id}/resubmit").id("api-quarantine-resubmit")
                    .description("Sửa và gửi lại: bản ghi theo lược đồ chung được kiểm tra rồi lưu thành một phiên bản "
                            + "/ correct and resubmit: the record in the common schema is validated and stored as a revision")
                    .param().name("id").type(RestParamType.path).description(ID).endParam()
                    .param().name("body").type(RestParamType.body).required(true).description("{observation: {...}, note}").endParam()
                    .type(QuarantineApi.ResubmitRequest.class)
                    .responseMessage().code(200).message("đã lưu / stored").endResponseMessage()
                    .responseMessage().code(422).message("bản sửa còn lỗi: từng trường, giá trị và thông báo / the correction has problems, each named")
                        .endResponseMessage()
                    .responseMessage().code(404).message("không có bản ghi / no such entry").endResponseMessage()
                    .responseMessage().code(409).message("đã được xử lý / already settled").endResponseMessage()
                    .outType(QuarantineActions.Outcome.class)
                    .to("direct:api-quarantine-resubmit")
                .post("/{id}/discard").id("api-quarantine-discard")
                    .description("Loại bỏ bản ghi, cần lý do / discard the entry, with a reason")
                    .param().name("id").type(RestParamType.path).description(ID).endParam()
                    .param().name("body").type(RestParamType.body).required(true).description("{reason}").endParam()
                    .type(QuarantineApi.DiscardRequest.class)
                    .responseMessage().code(400).message("thiếu lý do (reason) / no reason").endResponseMessage()
                    .responseMessage().code(404).message("không có bản ghi / no such entry").endResponseMessage()
                    .responseMessage().code(409).message("đã được xử lý / already settled").endResponseMessage()
                    .outType(QuarantineApi.Discarded.class)
                    .to("direct:api-quarantine-discard");

        answer("api-quarantine", "quarantineApi", "list");
        answer("api-quarantine-entry", "quarantineApi", "entry");
        answerWithOwnStatus("api-quarantine-resubmit", "quarantineApi", "resubmit");
        answer("api-quarantine-discard", "quarantineApi", "discard");
    }
}
