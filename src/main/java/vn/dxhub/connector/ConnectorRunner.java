package vn.dxhub.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.config.HubProperties;
import vn.dxhub.lint.LintException;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.store.ConnectorLeases;
import vn.dxhub.store.DatabaseOutages;
import vn.dxhub.store.PayloadArchive;
import vn.dxhub.store.QuarantineStore;
import vn.dxhub.store.RunLedger;
import vn.dxhub.store.WatermarkStore;

/**
 * Runs a connector: records the run, works out which periods to fetch from the watermark, pulls each,
 * and ends the run as succeeded or failed with a message an operator can act on. A failing connector
 * only fails its own run; nothing is thrown back into the scheduler.
 */
@Component
public class ConnectorRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRunner.class);

    /** How a run was started: by its schedule, on demand, by a file arriving in a watched folder, or by an upload. */
    public enum Trigger { SCHEDULE, MANUAL, FOLDER, UPLOAD }

    /**
     * How a run ended. TRANSIENT: worth trying again later (a source or the hub's database unavailable, the connector
     * busy with another run); REFUSED: what the source sent, or the connector's configuration, cannot be used as it is
     * (permanent); INTERNAL: an error of the hub itself, logged with its run id.
     */
    public enum Outcome { SUCCEEDED, TRANSIENT, REFUSED, INTERNAL }

    /**
     * The outcome of one run, as recorded in the run ledger. A run that could not start because another run of the
     * connector is going on has the id -1 ({@link #wasBusy()}); one that could not be recorded (the hub's database
     * down) has the id 0.
     */
    public record Result(long runId, Outcome outcome, List<String> periods, RunLedger.Counts counts, String error) {

        public boolean succeeded() {
            return outcome == Outcome.SUCCEEDED;
        }

        public boolean wasBusy() {
            return runId < 0;
        }

        public boolean isTransientFailure() {
            return outcome == Outcome.TRANSIENT;
        }

        /** What the run recorded as its error kind: transient, or permanent for a refusal and a fault of the hub. */
        String errorKind() {
            return outcome == Outcome.TRANSIENT ? "transient" : "permanent";
        }
    }

    /**
     * What a run does once it is recorded and holds its connector's lease: pull the periods due, import a file, ...
     * It hands what it reads to the run, adds to {@code done} the label of each part it finished (a period id, a
     * file name) and throws {@link SourceException} with an operator's message when it cannot go on.
     */
    @FunctionalInterface
    public interface Work {
        void perform(ConnectorInstance connector, ConnectorRun run, List<String> done);
    }

    private final ConnectorRegistry registry;
    private final ConnectorKinds kinds;
    private final MappingVersions mappings;
    private final Ingestion ingestion;
    private final PayloadArchive archive;
    private final QuarantineStore quarantine;
    private final RunLedger ledger;
    private final WatermarkStore watermarks;
    private final PeriodPlanner planner;
    private final Clock clock;
    private final ConnectorLeases leases;
    private final Duration leaseTtl;
    private final SpreadsheetLimits spreadsheetLimits;
    private final RunMetrics metrics;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public ConnectorRunner(ConnectorRegistry registry, ConnectorKinds kinds, MappingVersions mappings, Ingestion ingestion,
                           PayloadArchive archive, QuarantineStore quarantine, RunLedger ledger, WatermarkStore watermarks,
                           ReportingCalendar calendar, Clock clock, ConnectorLeases leases, HubProperties properties,
                           SpreadsheetLimits spreadsheetLimits, RunMetrics metrics) {
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
        this.leases = leases;
        this.leaseTtl = properties.getConnectors().getLease();
        this.spreadsheetLimits = spreadsheetLimits;
        this.metrics = metrics;
    }

    /** Pulls every period due since the connector's watermark. */
    public Result run(String connectorId, Trigger trigger) {
        return run(connectorId, trigger, this::pullPeriodsDue);
    }

    /** Runs some work as a run of the connector: recorded in the ledger, one at a time per connector across instances. */
    public Result run(String connectorId, Trigger trigger, Work work) {
        long started = System.nanoTime();
        Result result = runOnce(connectorId, trigger, work);
        metrics.ended(connectorId, trigger, result, Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    private Result runOnce(String connectorId, Trigger trigger, Work work) {
        ConnectorInstance connector = registry.find(connectorId)
                .orElseThrow(() -> new IllegalArgumentException("không có connector '" + connectorId + "' / no such connector"));
        if (!running.add(connectorId)) {
            return alreadyRunning(connectorId);
        }
        try {
            if (!leases.acquire(connectorId, leaseTtl)) {
                return alreadyRunning(connectorId);
            }
            try {
                return execute(connector, trigger, work);
            } finally {
                leases.release(connectorId);
            }
        } catch (DataAccessException e) {
            log.warn("{}: không ghi được lần chạy vào cơ sở dữ liệu của hub / the run could not be recorded: {}", connectorId,
                    e.getMostSpecificCause().getMessage());
            return new Result(0, Outcome.TRANSIENT, List.of(), RunLedger.Counts.NONE, HUB_DATABASE_DOWN);
        } finally {
            running.remove(connectorId);
        }
    }

    private static final String HUB_DATABASE_DOWN = "Cơ sở dữ liệu của hub tạm thời không dùng được; lần chạy sau sẽ thử lại"
            + " / the hub's database is unavailable for now; the next run tries again";

    private static Result alreadyRunning(String connectorId) {
        log.info("{}: đang có lần chạy khác, bỏ qua / another run is going on, skipped", connectorId);
        return new Result(-1, Outcome.TRANSIENT, List.of(), RunLedger.Counts.NONE, "đang chạy / already running");
    }

    private Result execute(ConnectorInstance connector, Trigger trigger, Work work) {
        int cutOff = ledger.closeCutOff(connector.id());
        if (cutOff > 0) {
            log.warn("{}: đã đóng {} lần chạy trước bị ngắt / closed {} earlier runs that were cut off", connector.id(), cutOff, cutOff);
        }
        long runId = ledger.start(connector.id(), trigger.name().toLowerCase());
        List<String> fetched = new ArrayList<>();
        ConnectorRun run = null;
        boolean ended = false;
        try {
            Mapping mapping = mappings.current(connector.text("mapping"));
            run = new ConnectorRun(runId, connector, mapping, ingestion, archive, ledger, quarantine, clock,
                    () -> leases.renew(connector.id(), leaseTtl), spreadsheetLimits.limits());
            work.perform(connector, run, fetched);
            ledger.succeed(runId, String.join(",", fetched));
            ended = true;
            RunLedger.Counts c = run.total();
            log.info("{}: xong kỳ {}: {} trang, đọc {}, lưu {}, không đổi {}, cách ly {} / run {} succeeded", connector.id(), fetched,
                    c.pages(), c.read(), c.stored(), c.unchanged(), c.quarantined(), runId);
            return new Result(runId, Outcome.SUCCEEDED, fetched, c, null);
        } catch (SourceException e) {
            ended = true;
            return failed(connector, runId, fetched, run, e.isTransient() ? Outcome.TRANSIENT : Outcome.REFUSED, e.getMessage());
        } catch (LintException e) {
            ended = true;
            return failed(connector, runId, fetched, run, Outcome.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            ended = true;
            if (DatabaseOutages.isOutage(e)) {
                log.warn("{}: cơ sở dữ liệu của hub lỗi trong lần chạy {} / the hub's database failed: {}", connector.id(), runId,
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                return failed(connector, runId, fetched, run, Outcome.TRANSIENT, HUB_DATABASE_DOWN);
            }
            log.error("{}: lỗi không lường trước / unexpected error in run {}", connector.id(), runId, e);
            return failed(connector, runId, fetched, run, Outcome.INTERNAL, "Lỗi trong hub, xem nhật ký của lần chạy " + runId
                    + " / an error in the hub, see the log of run " + runId);
        } finally {
            if (!ended) {
                ledger.fail(runId, String.join(",", fetched), "transient", "Lần chạy bị ngắt / the run was cut off");
            }
        }
    }

    private void pullPeriodsDue(ConnectorInstance connector, ConnectorRun run, List<String> fetched) {
        LocalDate today = LocalDate.now(clock);
        SourcePuller puller = kinds.puller(connector.kind().id()).orElseThrow(() -> SourceException.permanent(connector.id()
                + ": loại " + connector.kind().id() + " không chạy theo kỳ; thả tệp vào thư mục của connector hoặc tải lên qua "
                + "POST /api/connectors/" + connector.id() + "/files / this kind does not pull periods: drop a file in its folder or upload it", 0, null));
        for (Period period : planner.periodsToFetch(watermarks.lastPeriod(connector.id()), connector.text("startPeriod"), today)) {
            puller.pull(connector, period, run);
            fetched.add(period.id());
            if (planner.isClosed(period, today)) {
                watermarks.advance(connector.id(), period.id());
            }
        }
    }

    private Result failed(ConnectorInstance connector, long runId, List<String> fetched, ConnectorRun run, Outcome outcome, String message) {
        Result result = new Result(runId, outcome, fetched, run == null ? RunLedger.Counts.NONE : run.total(), message);
        try {
            ledger.fail(runId, String.join(",", fetched), result.errorKind(), message);
        } catch (DataAccessException e) {
            log.warn("{}: không ghi được kết quả lần chạy {} / the run's end could not be recorded: {}", connector.id(), runId,
                    e.getMostSpecificCause().getMessage());
        }
        log.warn("{}: lần chạy {} thất bại / run failed ({}): {}", connector.id(), runId, result.errorKind(), message);
        return result;
    }
}
