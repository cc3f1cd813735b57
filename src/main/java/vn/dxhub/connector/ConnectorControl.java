package vn.dxhub.connector;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxhub.store.AuditLog;
import vn.dxhub.store.ConnectorLeases;
import vn.dxhub.store.ConnectorPauses;
import vn.dxhub.store.RunHistory;

/**
 * What an operator does to a connector, from the API or the console: pause its schedule, resume it, run it now. Each
 * attempt is in the audit log with the state before and after, a refused one too (already paused, already running).
 */
@Component
public class ConnectorControl {

    /** How an action ended: done, or why not. */
    public enum Outcome { DONE, UNKNOWN_CONNECTOR, ALREADY_PAUSED, NOT_PAUSED, ALREADY_RUNNING, NOT_SCHEDULED }

    private final ConnectorRegistry registry;
    private final ConnectorPauses pauses;
    private final ConnectorDispatcher dispatcher;
    private final ConnectorLeases leases;
    private final RunHistory runs;
    private final AuditLog audit;

    ConnectorControl(ConnectorRegistry registry, ConnectorPauses pauses, ConnectorDispatcher dispatcher, ConnectorLeases leases,
                     RunHistory runs, AuditLog audit) {
        this.registry = registry;
        this.pauses = pauses;
        this.dispatcher = dispatcher;
        this.leases = leases;
        this.runs = runs;
        this.audit = audit;
    }

    public Outcome pause(String connectorId, String actor, String reason) {
        AuditLog.requireActor(actor);
        if (registry.find(connectorId).isEmpty()) {
            return Outcome.UNKNOWN_CONNECTOR;
        }
        Optional<ConnectorPauses.Pause> paused = pauses.pause(connectorId, actor, reason);
        if (paused.isEmpty()) {
            String state = state(pauses.find(connectorId));
            record(actor, "connector.pause", connectorId, AuditLog.Outcome.DENIED, state, state,
                    "đã tạm dừng từ trước / already paused");
            return Outcome.ALREADY_PAUSED;
        }
        record(actor, "connector.pause", connectorId, AuditLog.Outcome.ALLOWED, "active", state(paused), reason);
        return Outcome.DONE;
    }

    public Outcome resume(String connectorId, String actor) {
        AuditLog.requireActor(actor);
        if (registry.find(connectorId).isEmpty()) {
            return Outcome.UNKNOWN_CONNECTOR;
        }
        Optional<ConnectorPauses.Pause> ended = pauses.resume(connectorId);
        if (ended.isEmpty()) {
            record(actor, "connector.resume", connectorId, AuditLog.Outcome.DENIED, "active", "active", "không tạm dừng / not paused");
            return Outcome.NOT_PAUSED;
        }
        record(actor, "connector.resume", connectorId, AuditLog.Outcome.ALLOWED, state(ended), "active", null);
        return Outcome.DONE;
    }

    /** Queues a run of a scheduled connector, paused or not. */
    public Outcome runNow(String connectorId, String actor) {
        AuditLog.requireActor(actor);
        ConnectorInstance connector = registry.find(connectorId).orElse(null);
        if (connector == null) {
            return Outcome.UNKNOWN_CONNECTOR;
        }
        if (!connector.kind().isScheduled()) {
            return Outcome.NOT_SCHEDULED;
        }
        String before = runs.last(connectorId).map(r -> "last run " + r.id() + ": " + r.status()).orElse("never ran");
        if (leases.isHeld(connectorId) || !dispatcher.dispatch(connectorId, ConnectorRunner.Trigger.MANUAL)) {
            record(actor, "connector.run", connectorId, AuditLog.Outcome.DENIED, before, before, "đang chạy / already running");
            return Outcome.ALREADY_RUNNING;
        }
        record(actor, "connector.run", connectorId, AuditLog.Outcome.ALLOWED, before, "run queued", null);
        return Outcome.DONE;
    }

    private static String state(Optional<ConnectorPauses.Pause> pause) {
        return pause.map(p -> "paused by " + p.pausedBy() + " at " + p.pausedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + (p.reason() == null ? "" : ": " + p.reason()))
                .orElse("active");
    }

    private void record(String actor, String action, String connectorId, AuditLog.Outcome outcome, String before, String after, String detail) {
        audit.record(new AuditLog.Action(actor, action, "connector " + connectorId, outcome, before, after, detail));
    }
}
