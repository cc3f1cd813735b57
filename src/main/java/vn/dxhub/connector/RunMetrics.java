package vn.dxhub.connector;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics of connector runs, recorded when a run ends: dxhub_connector_runs_total{connector,status,trigger},
 * dxhub_connector_records_total{connector,outcome} (read, stored, unchanged, quarantined) and the timer
 * dxhub_connector_run_seconds{connector,status}. A run that did not start (another one was going on) is not counted.
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ended(String connectorId, ConnectorRunner.Trigger trigger, ConnectorRunner.Result result, Duration took) {
        if (result.wasBusy()) {
            return;
        }
        String status = result.succeeded() ? "succeeded" : "failed";
        Counter.builder("dxhub.connector.runs").description("Lần chạy connector / connector runs")
                .tag("connector", connectorId).tag("status", status).tag("trigger", trigger.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
        Timer.builder("dxhub.connector.run").description("Thời gian một lần chạy / duration of a run")
                .tag("connector", connectorId).tag("status", status)
                .register(registry).record(took);
        records(connectorId, "read", result.counts().read());
        records(connectorId, "stored", result.counts().stored());
        records(connectorId, "unchanged", result.counts().unchanged());
        records(connectorId, "quarantined", result.counts().quarantined());
    }

    private void records(String connectorId, String outcome, int count) {
        Counter.builder("dxhub.connector.records").description("Bản ghi theo kết quả / records by outcome")
                .tag("connector", connectorId).tag("outcome", outcome)
                .register(registry).increment(count);
    }
}
