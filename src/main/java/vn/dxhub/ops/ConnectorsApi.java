package vn.dxhub.ops;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorControl;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorKinds;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.connector.RouteReload;
import vn.dxhub.health.ConnectorStatus;
import vn.dxhub.health.ConnectorStatuses;
import vn.dxhub.health.Health;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.security.ActorHeader;

/** Connectors for operations: their status and health, the route files refused, and pause, resume and run now. */
@Component("connectorsApi")
class ConnectorsApi {

    private final ConnectorStatuses statuses;
    private final ConnectorRegistry registry;
    private final ConnectorKinds kinds;
    private final ConnectorControl control;
    private final RouteReload reload;

    ConnectorsApi(ConnectorStatuses statuses, ConnectorRegistry registry, ConnectorKinds kinds, ConnectorControl control, RouteReload reload) {
        this.statuses = statuses;
        this.registry = registry;
        this.kinds = kinds;
        this.control = control;
        this.reload = reload;
    }

    /** Answer of GET /api/connectors: one page of the connectors the filters find, and every refused route file. */
    record ConnectorsAnswer(List<ConnectorStatus> connectors, long total, int offset, int limit, Map<String, List<LintProblem>> refusedFiles) {}

    /** Body of POST /api/connectors/{id}/pause, optional. */
    record PauseRequest(String reason) {}

    /** Answer of POST /api/admin/reload: what became of each route file. */
    record ReloadAnswer(List<RouteReload.FileReport> files, String messageVi, String messageEn) {}

    /** Answer of POST /api/connectors/{id}/runs. */
    record RunAccepted(String connector, String messageVi, String messageEn) {}

    public ConnectorsAnswer list(@Header("kind") String kind, @Header("sourceSystem") String sourceSystem, @Header("health") String health,
                                 @Header("offset") String offset, @Header("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Predicate<ConnectorStatus> wanted = s -> (kind == null || kind.isBlank() || s.kind().equals(kind.strip()))
                && (sourceSystem == null || sourceSystem.isBlank() || s.sourceSystem().equals(sourceSystem.strip()));
        if (health != null && !health.isBlank()) {
            Health.Colour colour = Health.Colour.of(health).orElseThrow(() -> new InvalidRequestException("health", health,
                    "health phải là green, amber hoặc red", "health must be green, amber or red"));
            wanted = wanted.and(s -> s.health().colour() == colour);
        }
        List<ConnectorStatus> found = statuses.all().stream().filter(wanted).toList();
        List<ConnectorStatus> page = found.stream().skip(paging.offset()).limit(paging.limit()).toList();
        return new ConnectorsAnswer(page, found.size(), paging.offset(), paging.limit(), registry.refusedFiles());
    }

    public ConnectorStatus one(@Header("id") String id) {
        return statuses.of(id).orElseThrow(() -> unknown(id));
    }

    public List<ConnectorKind> kinds() {
        return kinds.all();
    }

    public ConnectorStatus pause(@Header("id") String id, @Header(ActorHeader.NAME) String actor, @Body PauseRequest request) {
        return switch (control.pause(id, actor, request == null ? null : request.reason())) {
            case UNKNOWN_CONNECTOR -> throw unknown(id);
            case ALREADY_PAUSED -> throw new ConflictException("id", id, "connector đã tạm dừng từ trước", "the connector is already paused");
            default -> one(id);
        };
    }

    public ConnectorStatus resume(@Header("id") String id, @Header(ActorHeader.NAME) String actor) {
        return switch (control.resume(id, actor)) {
            case UNKNOWN_CONNECTOR -> throw unknown(id);
            case NOT_PAUSED -> throw new ConflictException("id", id, "connector không tạm dừng", "the connector is not paused");
            default -> one(id);
        };
    }

    public RunAccepted startRun(@Header("id") String id, @Header(ActorHeader.NAME) String actor) {
        String kind = registry.find(id).map(c -> c.kind().id()).orElse(null);
        return switch (control.runNow(id, actor)) {
            case UNKNOWN_CONNECTOR -> throw unknown(id);
            case NOT_SCHEDULED -> throw new InvalidRequestException("id", id, "connector loại " + kind + " không chạy theo kỳ; thả tệp vào thư mục"
                    + " của nó hoặc tải lên qua POST /api/connectors/" + id + "/files", "a " + kind
                    + " connector does not pull periods; drop a file in its folder or upload it to /api/connectors/" + id + "/files");
            case ALREADY_RUNNING -> throw new ConflictException("id", id, "connector đang chạy; đợi lần chạy này xong", "the connector is already running");
            default -> new RunAccepted(id, "Đã bắt đầu chạy; xem kết quả ở lần chạy gần nhất", "Run started; see the connector's last run");
        };
    }

    public ReloadAnswer reload(@Header(ActorHeader.NAME) String actor) {
        List<RouteReload.FileReport> files = reload.reload(actor);
        long refused = files.stream().filter(f -> f.outcome().equals("refused")).count();
        return new ReloadAnswer(files, "Đã đọc lại " + files.size() + " tệp route; " + refused + " tệp bị từ chối (connector cũ của chúng vẫn chạy)",
                "Read " + files.size() + " route files again; " + refused + " refused (their previous connectors keep running)");
    }

    static NotFoundException unknown(String id) {
        return new NotFoundException("id", id, "không có connector này", "no such connector");
    }
}
