package vn.dxhub.ops;

import org.apache.camel.Exchange;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.health.ConnectorStatus;

/** The API of connectors and their runs: status and health, pause, resume, run now, uploads, and the run history. */
@Component
class ConnectorsApiRoutes extends ApiRouteBuilder {

    private static final String NOT_FOUND = "không có connector / no such connector";

    @Override
    public void configure() {
        rest("/connectors").description("Connector / connectors")
                .get().id("api-connectors")
                    .description("Connector đã cấu hình: trạng thái, lịch, lần chạy kế tiếp, sức khỏe (green/amber/red và lý do), lần chạy gần nhất"
                            + " và lần thành công gần nhất; tệp route bị từ chối / configured connectors: state, schedule, next fire, health"
                            + " (colour and reason), last run and last successful run; refused route files")
                    .param().name("kind").type(RestParamType.query).required(false).description("loại connector / connector kind, e.g. lgsp-rest").endParam()
                    .param().name("sourceSystem").type(RestParamType.query).required(false).description("hệ thống nguồn / source system, e.g. lgsp").endParam()
                    .param().name("health").type(RestParamType.query).required(false).description("green | amber | red").endParam()
                    .param().name("offset").type(RestParamType.query).required(false).description("bỏ qua / skip, default 0").endParam()
                    .param().name("limit").type(RestParamType.query).required(false).description("tối đa / at most, default 50, max 500").endParam()
                    .responseMessage().code(400).message("tham số không hợp lệ, có tên tham số / a bad parameter, named").endResponseMessage()
                    .outType(ConnectorsApi.ConnectorsAnswer.class)
                    .to("direct:api-connectors")
                .get("/kinds").id("api-connector-kinds")
                    .description("Các loại connector và tham số / connector kinds and their parameters")
                    .outType(ConnectorKind[].class)
                    .to("direct:api-connector-kinds")
                .get("/{id}").id("api-connector")
                    .description("Một connector: trạng thái, lịch, sức khỏe, lần chạy gần nhất / one connector: state, schedule, health, last run")
                    .param().name("id").type(RestParamType.path).description("connectorId").endParam()
                    .responseMessage().code(404).message(NOT_FOUND).endResponseMessage()
                    .outType(ConnectorStatus.class)
                    .to("direct:api-connector")
                .post("/{id}/pause").id("api-connector-pause")
                    .description("Tạm dừng lịch của connector (chạy ngay vẫn được); ghi vào nhật ký / pause the connector's schedule"
                            + " (run now still works); audited")
                    .param().name("id").type(RestParamType.path).description("connectorId").endParam()
                    .param().name("body").type(RestParamType.body).required(false).description("{\"reason\": \"...\"}, không bắt buộc / optional").endParam()
                    .type(ConnectorsApi.PauseRequest.class)
                    .responseMessage().code(200).message("đã tạm dừng; trạng thái mới / paused; the new status").endResponseMessage()
                    .responseMessage().code(404).message(NOT_FOUND).endResponseMessage()
                    .responseMessage().code(409).message("đã tạm dừng từ trước / already paused").endResponseMessage()
                    .outType(ConnectorStatus.class)
                    .to("direct:api-connector-pause")
                .post("/{id}/resume").id("api-connector-resume")
                    .description("Tiếp tục lịch của connector; ghi vào nhật ký / resume the connector's schedule; audited")
                    .param().name("id").type(RestParamType.path).description("connectorId").endParam()
                    .responseMessage().code(200).message("đã tiếp tục; trạng thái mới / resumed; the new status").endResponseMessage()
                    .responseMessage().code(404).message(NOT_FOUND).endResponseMessage()
                    .responseMessage().code(409).message("connector không tạm dừng / not paused").endResponseMessage()
                    .outType(ConnectorStatus.class)
                    .to("direct:api-connector-resume")
                .post("/{id}/runs").id("api-connector-run")
                    .description("Chạy connector ngay, kể cả khi đang tạm dừng; ghi vào nhật ký / start a run now, paused or not; audited")
                    .param().name("id").type(RestParamType.path).description("connectorId").endParam()
                    .responseMessage().code(202).message("đã bắt đầu / started").endResponseMessage()
                    .responseMessage().code(404).message(NOT_FOUND).endResponseMessage()
                    .responseMessage().code(400).message("connector không chạy theo kỳ (file-drop) / the connector does not pull periods").endResponseMessage()
                    .responseMessage().code(409).message("connector đang chạy / already running").endResponseMessage()
                    .outType(ConnectorsApi.RunAccepted.class)
                    .to("direct:api-connector-run")
                .post("/{id}/files").id("api-connector-files")
                    .description("Tải lên một bảng tính (XLSX, XLS, CSV) cho connector file-drop và nhập ngay; thân yêu cầu là nội dung tệp; ghi vào nhật ký"
                            + " / upload a spreadsheet to a file-drop connector and import it now; the request body is the file; audited")
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
                    .responseMessage().code(404).message(NOT_FOUND).endResponseMessage()
                    .responseMessage().code(409).message("connector đang nhập tệp khác / already importing").endResponseMessage()
                    .responseMessage().code(503).message("tạm thời không nhập được, thử lại sau / try again later").endResponseMessage()
                    .outType(FilesApi.ImportAnswer.class)
                    .to("direct:api-connector-files");

        rest("/runs").description("Lần chạy connector / connector runs")
                .get().id("api-runs")
                    .description("Lần chạy, mới nhất trước / runs, newest first")
                    .param().name("connector").type(RestParamType.query).required(false).description("connectorId").endParam()
                    .param().name("status").type(RestParamType.query).required(false).description("running | succeeded | failed").endParam()
                    .param().name("from").type(RestParamType.query).required(false)
                        .description("bắt đầu từ (YYYY-MM-DD hoặc thời điểm ISO) / started at or after (date or ISO instant)").endParam()
                    .param().name("to").type(RestParamType.query).required(false)
                        .description("bắt đầu trước (thời điểm ISO), hoặc đến hết ngày YYYY-MM-DD / started before (ISO instant), or on or before the date").endParam()
                    .param().name("offset").type(RestParamType.query).required(false).description("bỏ qua / skip, default 0").endParam()
                    .param().name("limit").type(RestParamType.query).required(false).description("tối đa / at most, default 50, max 500").endParam()
                    .responseMessage().code(400).message("tham số không hợp lệ, có tên tham số / a bad parameter, named").endResponseMessage()
                    .outType(RunsApi.RunsPage.class)
                    .to("direct:api-runs");

        rest("/admin").description("Quản trị / administration")
                .post("/reload").id("api-admin-reload")
                    .description("Đọc lại thư mục routes/ (ADMIN): tệp mới được nạp, tệp đổi được thay, tệp bị xóa thì connector dừng; tệp bị từ chối"
                            + " giữ connector cũ chạy; ghi vào nhật ký / read routes/ again (ADMIN): new files load, changed ones replace their"
                            + " connectors, deleted ones stop theirs; a refused file keeps its previous connectors running; audited")
                    .responseMessage().code(200).message("kết quả từng tệp / each file's outcome").endResponseMessage()
                    .responseMessage().code(403).message("cần vai trò ADMIN / needs the ADMIN role").endResponseMessage()
                    .outType(ConnectorsApi.ReloadAnswer.class)
                    .to("direct:api-admin-reload");

        answer("api-connectors", "connectorsApi", "list");
        answer("api-admin-reload", "connectorsApi", "reload");
        answer("api-connector-kinds", "connectorsApi", "kinds");
        answer("api-connector", "connectorsApi", "one");
        answer("api-connector-pause", "connectorsApi", "pause");
        answer("api-connector-resume", "connectorsApi", "resume");
        answerWithStatus("api-connector-run", "connectorsApi", "startRun", 202);
        answer("api-runs", "runsApi", "find");
        from("direct:api-connector-files").routeId("api-connector-files-route").routeConfigurationId(ApiErrorHandling.ID_WITHOUT_BINDING)
                .to("bean:filesApi?method=upload")
                .removeHeaders("*")
                .marshal().json()
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }
}
