package vn.dxhub.ops;

import java.util.List;
import java.util.Map;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorDispatcher;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorKinds;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.store.ConnectorLeases;
import vn.dxhub.store.RunHistory;

/** Connectors for operations: what is configured, what was refused, the last run of each, and a run on demand. */
@Component("connectorsApi")
class ConnectorsApi {

    private final ConnectorRegistry registry;
    private final ConnectorKinds kinds;
    private final ConnectorDispatcher dispatcher;
    private final ConnectorLeases leases;
    private final RunHistory runs;

    ConnectorsApi(ConnectorRegistry registry, ConnectorKinds kinds, ConnectorDispatcher dispatcher, ConnectorLeases leases, RunHistory runs) {
        this.registry = registry;
        this.kinds = kinds;
        this.dispatcher = dispatcher;
        this.leases = leases;
        this.runs = runs;
    }

    /** A configured connector and its last run. */
    record ConnectorView(String id, String kind, String sourceSystem, String file, String schedule, RunHistory.Run lastRun) {}

    /** Answer of GET /api/connectors. */
    record ConnectorsAnswer(List<ConnectorView> connectors, Map<String, List<LintProblem>> refusedFiles) {}

    /** Answer of POST /api/connectors/{id}/runs. */
    record RunAccepted(String connector, String messageVi, String messageEn) {}

    public ConnectorsAnswer list() {
        List<ConnectorView> views = registry.all().stream().map(this::view).toList();
        return new ConnectorsAnswer(views, registry.refusedFiles());
    }

    public List<ConnectorKind> kinds() {
        return kinds.all();
    }

    public RunAccepted startRun(@Header("id") String id) {
        ConnectorInstance connector = registry.find(id).orElseThrow(() ->
                new NotFoundException("id", id, "không có connector này", "no such connector"));
        if (!connector.kind().isScheduled()) {
            throw new InvalidRequestException("id", id, "connector loại " + connector.kind().id() + " không chạy theo kỳ; thả tệp vào thư mục"
                    + " của nó hoặc tải lên qua POST /api/connectors/" + id + "/files", "a " + connector.kind().id()
                    + " connector does not pull periods; drop a file in its folder or upload it to /api/connectors/" + id + "/files");
        }
        if (leases.isHeld(connector.id()) || !dispatcher.dispatch(connector.id(), ConnectorRunner.Trigger.MANUAL)) {
            throw new ConflictException("id", id, "connector đang chạy; đợi lần chạy này xong", "the connector is already running");
        }
        return new RunAccepted(connector.id(), "Đã bắt đầu chạy; xem kết quả ở lần chạy gần nhất", "Run started; see the connector's last run");
    }

    private ConnectorView view(ConnectorInstance c) {
        return new ConnectorView(c.id(), c.kind().id(), c.sourceSystem(), c.file(), c.kind().isScheduled() ? c.text("schedule") : null, runs.last(c.id()).orElse(null));
    }
}
