package vn.dxhub.ops;

import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.LinkedTarget;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.connector.ConnectorKind;

/**
 * The hub's REST API (Camel REST DSL on the Spring Boot server), documented at /api/openapi: its configuration, and
 * the catalog, calendar and connector endpoints. Each other area declares its endpoints in its own {@link ApiRouteBuilder}.
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

        rest("/connectors").description("Connector / connectors")
                .get().id("api-connectors")
                    .description("Connector đã cấu hình, lần chạy gần nhất, tệp route bị từ chối / configured connectors, last runs, refused route files")
                    .outType(ConnectorsApi.ConnectorsAnswer.class)
                    .to("direct:api-connectors")
                .get("/kinds").id("api-connector-kinds")
                    .description("Các loại connector và tham số / connector kinds and their parameters")
                    .outType(ConnectorKind[].class)
                    .to("direct:api-connector-kinds")
                .post("/{id}/runs").id("api-connector-run")
                    .description("Chạy connector ngay / start a run now")
                    .param().name("id").type(RestParamType.path).description("connectorId").endParam()
                    .responseMessage().code(202).message("đã bắt đầu / started").endResponseMessage()
                    .responseMessage().code(404).message("không có connector / no such connector").endResponseMessage()
                    .responseMessage().code(400).message("connector không chạy theo kỳ (file-drop) / the connector does not pull periods").endResponseMessage()
                    .responseMessage().code(409).message("connector đang chạy / already running").endResponseMessage()
                    .outType(ConnectorsApi.RunAccepted.class)
                    .to("direct:api-connector-run")
                .post("/{id}/files").id("api-connector-files")
                    .description("Tải lên một bảng tính (XLSX, XLS, CSV) cho connector file-drop và nhập ngay; thân yêu cầu là nội dung tệp "
                            + "/ upload a spreadsheet to a file-drop connector and import it now; the request body is the file")
                    .consumes("application/octet-stream")
                    .produces("application/json")
                    .bindingMode(RestBindingMode.off) // the body is the file, never to be read as JSON; the route writes the answer
                    .param().name("id").type(RestParamType.path).description("connectorId của một connector file-drop").endParam()
                    .param().name("name").type(RestParamType.query).required(true)
                        .description("tên tệp, ví dụ phu-luc-01-quy-3-2026.xlsx / the file's name").endParam()
                    .param().name("body").type(RestParamType.body).required(true).description("nội dung tệp / the file's bytes").endParam()
                    .responseMessage().code(200).message("đã nhập: số dòng, đã lưu, không đổi, bị cách ly và từng dòng bị cách ly "
                            + "/ imported: rows, stored, unchanged, quarantined and each quarantined row").endResponseMessage()
                    .responseMessage().code(400).message("không phải bảng tính, quá lớn, hoặc connector không nhận tệp "
                            + "/ not a spreadsheet, too large, or the connector takes no files").endResponseMessage()
                    .responseMessage().code(404).message("không có connector / no such connector").endResponseMessage()
                    .responseMessage().code(409).message("connector đang nhập tệp khác / already importing").endResponseMessage()
                    .responseMessage().code(503).message("tạm thời không nhập được, thử lại sau / try again later").endResponseMessage()
                    .outType(FilesApi.ImportAnswer.class)
                    .to("direct:api-connector-files");

        answer("api-catalog-indicators", "catalogApi", "indicators");
        answer("api-catalog-targets", "catalogApi", "targets");
        answer("api-catalog-units", "catalogApi", "units");
        answer("api-calendar", "catalogApi", "calendar");
        answer("api-connectors", "connectorsApi", "list");
        answer("api-connector-kinds", "connectorsApi", "kinds");
        from("direct:api-connector-files").routeId("api-connector-files-route").routeConfigurationId(ApiErrorHandling.ID_WITHOUT_BINDING)
                .to("bean:filesApi?method=upload")
                .removeHeaders("*")
                .marshal().json()
                .setHeader(org.apache.camel.Exchange.CONTENT_TYPE, constant("application/json"));
        answerWithStatus("api-connector-run", "connectorsApi", "startRun", 202);
    }
}
