package vn.dxhub.ops;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.LinkedTarget;
import vn.dxhub.catalog.ReportingUnit;

/** The hub's REST API (Camel REST DSL on the Spring Boot server), documented at /api/openapi. */
@Component
class ApiRoutes extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .contextPath("/api")
                .bindingMode(RestBindingMode.json)
                .dataFormatProperty("prettyPrint", "true")
                .apiContextPath("/openapi")
                .apiProperty("api.title", "DX Hub API")
                .apiProperty("api.version", "1")
                .apiProperty("api.description", "Danh mục chỉ tiêu, đơn vị báo cáo và lịch báo cáo / indicator catalog, reporting units, reporting calendar");

        rest("/catalog").description("Danh mục / catalog")
                .get("/indicators").id("api-catalog-indicators")
                    .description("Mọi chỉ tiêu của danh mục / every catalog indicator")
                    .outType(Indicator[].class)
                    .to("direct:api-catalog-indicators")
                .get("/targets").id("api-catalog-targets")
                    .description("Chỉ tiêu của các kế hoạch khác, liên kết với danh mục / targets of other plans linked to the catalog")
                    .outType(LinkedTarget[].class)
                    .to("direct:api-catalog-targets")
                .get("/units").id("api-catalog-units")
                    .description("Đơn vị báo cáo / reporting units")
                    .param().name("kind").type(RestParamType.query).required(false).description("province | ministry | agency").endParam()
                    .param().name("date").type(RestParamType.query).required(false).description("chỉ đơn vị có hiệu lực vào ngày YYYY-MM-DD / valid on").endParam()
                    .outType(ReportingUnit[].class)
                    .to("direct:api-catalog-units");

        rest("/calendar").description("Lịch báo cáo / reporting calendar")
                .get().id("api-calendar")
                    .description("Kỳ báo cáo chứa ngày, thời gian và hạn nộp / the period a date falls in, its window and deadline")
                    .param().name("date").type(RestParamType.query).required(false).description("YYYY-MM-DD, mặc định hôm nay / default today").endParam()
                    .outType(CatalogApi.CalendarAnswer.class)
                    .to("direct:api-calendar");

        answer("api-catalog-indicators", "indicators");
        answer("api-catalog-targets", "targets");
        answer("api-catalog-units", "units");
        answer("api-calendar", "calendar");
    }

    /** The route behind one endpoint: the bean answers; request headers are not echoed back to the caller. */
    private void answer(String endpointId, String method) {
        from("direct:" + endpointId).routeId(endpointId + "-route").routeConfigurationId(ApiErrorHandling.ID)
                .to("bean:catalogApi?method=" + method)
                .removeHeaders("*");
    }
}
