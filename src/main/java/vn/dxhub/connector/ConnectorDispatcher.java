package vn.dxhub.connector;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dxhub.config.HubProperties;
import vn.dxhub.store.ConnectorPauses;
import vn.dxhub.store.RunLedger;

/**
 * Hands runs to a small pool of threads per source system, so the scheduler's threads are never held by
 * a slow source and a slow system (the DVC portal behind 34 connectors, say) only fills its own pool.
 * A connector already queued or running is not queued again.
 */
@Component(ConnectorTemplates.DISPATCHER_BEAN)
public class ConnectorDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ConnectorDispatcher.class);

    private final ConnectorRunner runner;
    private final ConnectorRegistry registry;
    private final RunLedger ledger;
    private final ConnectorPauses pauses;
    private final int threadsPerSource;
    private final Map<String, ExecutorService> pools = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public ConnectorDispatcher(ConnectorRunner runner, ConnectorRegistry registry, RunLedger ledger, ConnectorPauses pauses,
                               HubProperties properties) {
        this.runner = runner;
        this.registry = registry;
        this.ledger = ledger;
        this.pauses = pauses;
        this.threadsPerSource = properties.getConnectors().getThreadsPerSource();
    }

    /** Called by a connector's Quartz route. A paused connector skips its schedule; a run on demand still goes. */
    public void dispatchScheduled(String connectorId) {
        ConnectorPauses.Pause pause = pauses.find(connectorId).orElse(null);
        if (pause != null) {
            log.info("{}: đang tạm dừng (bởi {}), bỏ qua lịch này / paused (by {}), schedule skipped", connectorId, pause.pausedBy(), pause.pausedBy());
            return;
        }
        if (!dispatch(connectorId, ConnectorRunner.Trigger.SCHEDULE)) {
            log.info("{}: lần chạy trước chưa xong, bỏ qua lịch này / previous run still queued or running, schedule skipped", connectorId);
        }
    }

    /** Queues a run; false when the connector is already queued or running on this instance. */
    public boolean dispatch(String connectorId, ConnectorRunner.Trigger trigger) {
        ConnectorInstance connector = registry.find(connectorId)
                .orElseThrow(() -> new IllegalArgumentException("không có connector '" + connectorId + "' / no such connector"));
        if (!pending.add(connectorId)) {
            return false;
        }
        pool(connector.sourceSystem()).submit(() -> {
            try {
                runner.run(connectorId, trigger);
            } finally {
                pending.remove(connectorId);
            }
        });
        return true;
    }

    private ExecutorService pool(String sourceSystem) {
        return pools.computeIfAbsent(sourceSystem, system -> {
            AtomicInteger n = new AtomicInteger();
            return Executors.newFixedThreadPool(threadsPerSource, r -> {
                Thread t = new Thread(r, "run-" + system + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeRunsCutOffByTheLastStop() {
        int closed = ledger.closeInterrupted();
        if (closed > 0) {
            log.warn("Đã đóng {} lần chạy bị ngắt khi hub dừng / closed {} runs cut off by the last stop", closed, closed);
        }
    }

    /** On shutdown, runs in progress get a moment to finish; the rest run again from the watermark next time. */
    @PreDestroy
    void stop() throws InterruptedException {
        pools.values().forEach(ExecutorService::shutdown);
        for (ExecutorService pool : pools.values()) {
            if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }
}
