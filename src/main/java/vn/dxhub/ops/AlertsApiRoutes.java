package vn.dxhub.ops;

import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** /api/alerts: the alerts the monitor keeps (vn.dxhub.alert). */
@Component
class AlertsApiRoutes extends ApiRouteBuilder {

    @Override
    public void configure() {
        rest("/alerts").description("Cảnh báo / alerts")
                .get().id("api-alerts")
                    .description("Cảnh báo đang mở, rồi các cảnh báo đã đóng gần đây (hub.alerts.keep-closed), mới nhất trước "
                            + "/ open alerts, then recently closed ones, newest first")
                    .param().name("offset").type(RestParamType.query).required(false).description("bỏ qua bao nhiêu mục / items to skip (0)").endParam()
                    .param().name("limit").type(RestParamType.query).required(false).description("số mục tối đa / most items (50, at most 500)").endParam()
                    .responseMessage().code(400).message("offset hoặc limit không hợp lệ / offset or limit out of range").endResponseMessage()
                    .outType(Paging.Page.class)
                    .to("direct:api-alerts");

        answer("api-alerts", "alertsApi", "list");
    }
}
