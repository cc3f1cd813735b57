package vn.dxhub.ops;

import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.completeness.CompletenessGrid;
import vn.dxhub.observation.StoredRevision;

/** Observations (search, revision history) and the completeness of a reporting period, read-only. */
@Component
class ObservationRoutes extends ApiRouteBuilder {

    @Override
    public void configure() {
        rest("/observations").description("Giá trị chỉ tiêu / indicator values")
                .get().id("api-observations")
                    .description("Giá trị hiện tại của từng chỉ tiêu, đơn vị, kỳ, nguồn, kèm trạng thái chuyển giao của bản sửa mới nhất "
                            + "/ the current value of each indicator, unit, period and source, with the delivery state of its latest revision")
                    .param().name("indicator").type(RestParamType.query).required(false).description("mã chỉ tiêu, ví dụ 1.4 / indicator code").endParam()
                    .param().name("unit").type(RestParamType.query).required(false).description("mã đơn vị, ví dụ 01 / unit id").endParam()
                    .param().name("period").type(RestParamType.query).required(false).description("kỳ, ví dụ 2026Q4 / period id").endParam()
                    .param().name("source").type(RestParamType.query).required(false).description("hệ thống nguồn, ví dụ lgsp / source system").endParam()
                    .param().name("status").type(RestParamType.query).required(false).description("official | provisional").endParam()
                    .param().name("offset").type(RestParamType.query).required(false).description("bỏ qua bao nhiêu dòng, mặc định 0 / rows to skip").endParam()
                    .param().name("limit").type(RestParamType.query).required(false).description("số dòng, mặc định 50, tối đa 500 / page size").endParam()
                    .responseMessage().code(400).message("tham số không hợp lệ, có tên và giá trị / a bad parameter, named with its value").endResponseMessage()
                    .outType(Paging.Page.class)
                    .to("direct:api-observations")
                .get("/{id}/revisions").id("api-observation-revisions")
                    .description("Mọi bản sửa của một giá trị, mới nhất trước, với chuyển giao và biên nhận của hệ thống quốc gia "
                            + "/ every revision of a value, newest first, with its delivery and the national system's receipts")
                    .param().name("id").type(RestParamType.path).description("mã giá trị (id của /api/observations) / observation id").endParam()
                    .responseMessage().code(404).message("không có giá trị này / no such observation").endResponseMessage()
                    .outType(StoredRevision[].class)
                    .to("direct:api-observation-revisions");

        rest("/completeness").description("Mức đầy đủ / completeness")
                .get().id("api-completeness")
                    .description("Đơn vị × chỉ tiêu phải báo cáo của một kỳ: official, provisional, missing hoặc rejected; tỷ lệ đầy đủ và hạn nộp "
                            + "/ units × expected indicators of a period, each cell official, provisional, missing or rejected; shares and deadline")
                    .param().name("period").type(RestParamType.query).required(false)
                        .description("kỳ, ví dụ 2026Q4; mặc định kỳ sắp đến hạn / period, default the one due next").endParam()
                    .param().name("kind").type(RestParamType.query).required(false).description("province (mặc định / default) | ministry").endParam()
                    .responseMessage().code(400).message("kỳ hoặc loại đơn vị không hợp lệ / a bad period or kind").endResponseMessage()
                    .outType(CompletenessGrid.class)
                    .to("direct:api-completeness");

        answer("api-observations", "observationsApi", "search");
        answer("api-observation-revisions", "observationsApi", "revisions");
        answer("api-completeness", "completenessApi", "grid");
    }
}
