package vn.dxhub.connector;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.lint.LintException;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingLoader;
import vn.dxhub.store.PayloadArchive;
import vn.dxhub.store.QuarantineStore;
import vn.dxhub.store.RunLedger;
import vn.dxhub.store.WatermarkStore;

/**
 * Runs a connector: records the run, works out which periods to fetch from the watermark, pulls each,
 * and ends the run as succeeded or failed with a message an operator can act on. A failing connector
 * only fails its own run; nothing is thrown back into the scheduler.
 */
@Component(ConnectorTemplates.RUNNER_BEAN)
public class ConnectorRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRunner.class);

    /** How a run was started. */
    public enum Trigger { SCHEDULE, MANUAL }

    /** The outcome of one run, as recorded in the run ledger. */
    public record Result(long runId, boolean succeeded, List<String> periods, RunLedger.Counts counts, String error) {}

    private final ConnectorRegistry registry;
    private final ConnectorKinds kinds;
    private final MappingLoader mappings;
    private final Ingestion ingestion;
    private final PayloadArchive archive;
    private final QuarantineStore quarantine;
    private final RunLedger ledger;
    private final WatermarkStore watermarks;
    private final PeriodPlanner planner;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public ConnectorRunner(ConnectorRegistry registry, ConnectorKinds kinds, MappingLoader mappings, Ingestion ingestion,
                           PayloadArchive archive, QuarantineStore quarantine, RunLedger ledger, WatermarkStore watermarks,
                           ReportingCalendar calendar, Clock clock) {
        this.registry = registry;
        this.kinds = kinds;
        this.mappings = mappings;
        this.ingestion = ingestion;
        this.archive = archive;
        this.quarantine = quarantine;
        this.ledger = ledger;
        this.watermarks = watermarks;
        this.planner = new PeriodPlanner(calendar);
        this.clock = clock;
    }

    /** Called by the connector's Quartz route. */
    public void runScheduled(String connectorId) {
        run(connectorId, Trigger.SCHEDULE);
    }

    public Result run(String connectorId, Trigger trigger) {
        ConnectorInstance connector = registry.find(connectorId)
                .orElseThrow(() -> new IllegalArgumentException("không có connector '" + connectorId + "' / no such connector"));
        if (!running.add(connectorId)) {
            log.info("{}: lần chạy trước chưa xong, bỏ qua / previous run still going, skipped", connectorId);
            return new Result(-1, false, List.of(), RunLedger.Counts.NONE, "đang chạy / already running");
        }
        try {
            return execute(connector, trigger);
        } finally {
            running.remove(connectorId);
        }
    }

    private Result execute(ConnectorInstance connector, Trigger trigger) {
        long runId = ledger.start(connector.id(), trigger.name().toLowerCase());
        List<String> fetched = new ArrayList<>();
        ConnectorRun run = null;
        try {
            Mapping mapping = mappings.load(connector.text("mapping"));
            run = new ConnectorRun(runId, connector, mapping, ingestion, archive, ledger, quarantine, clock);
            LocalDate today = LocalDate.now(clock);
            SourcePuller puller = kinds.puller(connector.kind().id());
            for (Period period : planner.periodsToFetch(watermarks.lastPeriod(connector.id()), connector.text("startPeriod"), today)) {
                puller.pull(connector, period, run);
                fetched.add(period.id());
                if (planner.isClosed(period, today)) {
                    watermarks.advance(connector.id(), period.id());
                }
            }
            ledger.succeed(runId, String.join(",", fetched));
            RunLedger.Counts c = run.total();
            log.info("{}: xong kỳ {}: {} trang, đọc {}, lưu {}, không đổi {}, cách ly {} / run {} succeeded", connector.id(), fetched,
                    c.pages(), c.read(), c.stored(), c.unchanged(), c.quarantined(), runId);
            return new Result(runId, true, fetched, c, null);
        } catch (SourceException e) {
            return failed(connector, runId, fetched, run, e.kind().name().toLowerCase(), e.getMessage());
        } catch (LintException e) {
            return failed(connector, runId, fetched, run, "permanent", e.getMessage());
        } catch (RuntimeException e) {
            log.error("{}: lỗi không lường trước / unexpected error in run {}", connector.id(), runId, e);
            return failed(connector, runId, fetched, run, "permanent", "Lỗi không lường trước / unexpected error: " + e);
        }
    }

    private Result failed(ConnectorInstance connector, long runId, List<String> fetched, ConnectorRun run, String kind, String message) {
        ledger.fail(runId, String.join(",", fetched), kind, message);
        log.warn("{}: lần chạy {} thất bại / run failed ({}): {}", connector.id(), runId, kind, message);
        return new Result(runId, false, fetched, run == null ? RunLedger.Counts.NONE : run.total(), message);
    }
}
