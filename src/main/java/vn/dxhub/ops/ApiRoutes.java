package vn.dxhub.ops;

import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.LinkedTarget;
import vn.dxhub.catalog.ReportingUnit;

/**
 * The hub's REST API (Camel REST DSL on the Spring Boot server), documented at /api/openapi: its configuration, and
 * the catalog and calendar endpoints. Each other area declares its endpoints in its own {@link ApiRouteBuilder}.
 */
@Component
class ApiRoutes extends ApiRouteBuilder {

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                // bodies as bytes, not through a character reader: an upload is a binary file (Spring's platform-http reads
                // request bodies with a Reader unless streaming is on)
                .endpointProperty("useStreaming", "true")
                // an exception never answers with its stack trace; the routes' error handling answers in JSON
                .endpointProperty("muteException", "true")
                .contextPath("/api")
                .bindingMode(RestBindingMode.json)
                .dataFormatProperty("prettyPrint", "true")
                .apiContextPath("/openapi")
                .apiProperty("api.title", "DX Hub API")
                .apiProperty("api.version", "1")
                .apiProperty("api.description", "Danh mục chỉ tiêu, đơn vị báo cáo, lịch báo cáo và connector / indicator catalog, reporting units, reporting calendar, connectors");

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

        answer("api-catalog-indicators", "catalogApi", "indicators");
        answer("api-catalog-targets", "catalogApi", "targets");
        answer("api-catalog-units", "catalogApi", "units");
        answer("api-calendar", "catalogApi", "calendar");
    }
}
