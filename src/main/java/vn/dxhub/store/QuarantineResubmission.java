package vn.dxhub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.observation.Observation;
import vn.dxhub.validation.ObservationValidator;
import vn.dxhub.validation.Problem;

/**
 * An operator settles a quarantined record: resubmits it corrected, in the common schema v1, or discards it with a reason.
 * A correction is checked by the hub's validator (schema and reference data) like every stored value; with problems it
 * is refused and the entry stays open. A valid one is stored as a revision with its delivery row, with the quarantined
 * record's connector, run and payload as provenance. The mapping's plausibility rules (ranges, change from the previous
 * period) are not applied again: they catch source mistakes, and the correction is a person's judgement of the value.
 * An entry is settled once; every action, refused ones too, is in the audit log.
 */
@Service
public class QuarantineResubmission {

    /** The problems that kept the correction out (the entry stays open), or how it was stored. */
    public record Resubmitted(List<Problem> problems, StoreOutcome stored) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private record Entry(long id, String connectorId, Long runId, Long payloadId, String state, String resolvedBy) {}

    private record Payload(String system, Instant fetchedAt, String sha256) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObservationStore store;
    private final ObservationValidator validator;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public QuarantineResubmission(JdbcClient jdbc, TransactionTemplate tx, ObservationStore store, ObservationValidator validator, AuditLog audit,
                                  ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.store = store;
        this.validator = validator;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** @throws QuarantineConflictException when the entry is already resubmitted or discarded; NoSuchElementException when there is none */
    public Resubmitted resubmit(long quarantineId, JsonNode corrected, String actor, String note) {
        AuditLog.requireActor(actor);
        return settle(quarantineId, actor, "quarantine.resubmit", entry -> {
            List<Problem> problems = new ArrayList<>();
            ObjectNode observation = withProvenance(entry, corrected, problems);
            problems.addAll(validator.validate(observation));
            if (!problems.isEmpty()) {
                audit.record(new AuditLog.Action(actor, "quarantine.resubmit", target(entry), AuditLog.Outcome.FAILED, entry.state(), entry.state(),
                        problems.toString()));
                return new Resubmitted(problems, null);
            }
            StoreOutcome stored = store.store(toObservation(observation),
                    new ObservationStore.Provenance(entry.connectorId(), entry.runId(), entry.payloadId()));
            resolve(entry, "resubmitted", actor, note, observation.toString());
            audit.record(new AuditLog.Action(actor, "quarantine.resubmit", target(entry), AuditLog.Outcome.ALLOWED, entry.state(),
                    "resubmitted (" + stored.name().toLowerCase(Locale.ROOT) + ")", note));
            return new Resubmitted(List.of(), stored);
        });
    }

    /** @throws QuarantineConflictException when the entry is already resubmitted or discarded; NoSuchElementException when there is none */
    public void discard(long quarantineId, String reason, String actor) {
        AuditLog.requireActor(actor);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("cần lý do loại bỏ / a reason is required to discard");
        }
        settle(quarantineId, actor, "quarantine.discard", entry -> {
            resolve(entry, "discarded", actor, reason, null);
            audit.record(new AuditLog.Action(actor, "quarantine.discard", target(entry), AuditLog.Outcome.ALLOWED, entry.state(), "discarded", reason));
            return null;
        });
    }

    /** Runs the action on an open entry, locked; on a settled one, records the refusal and throws the conflict. */
    private <T> T settle(long quarantineId, String actor, String action, Function<Entry, T> onOpen) {
        Object outcome = tx.execute(status -> {
            Entry entry = jdbc.sql("select id, connector_id, run_id, payload_id, state, resolved_by from quarantine where id = :id for update")
                    .param("id", quarantineId)
                    .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                            rs.getString(5), rs.getString(6)))
                    .optional()
                    .orElseThrow(() -> new NoSuchElementException("không có bản ghi cách ly id=" + quarantineId + " / no quarantine entry id=" + quarantineId));
            if (!"open".equals(entry.state())) {
                QuarantineConflictException conflict = new QuarantineConflictException(quarantineId, entry.state(), entry.resolvedBy());
                audit.record(new AuditLog.Action(actor, action, target(entry), AuditLog.Outcome.DENIED, entry.state(), entry.state(), conflict.getMessage()));
                return conflict;
            }
            return onOpen.apply(entry);
        });
        if (outcome instanceof QuarantineConflictException conflict) {
            throw conflict;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    /**
     * The correction with the quarantined record's provenance: its source system, connector, payload hash and fetch time.
     * A correction that names another source system or connector is refused; the revision number is the store's to give.
     */
    private ObjectNode withProvenance(Entry entry, JsonNode corrected, List<Problem> problems) {
        ObjectNode observation = corrected != null && corrected.isObject() ? ((ObjectNode) corrected).deepCopy() : json.createObjectNode();
        if (corrected == null || !corrected.isObject()) {
            problems.add(new Problem("$", corrected == null ? null : corrected.toString(), "bản ghi sửa phải là một đối tượng JSON theo lược đồ chung",
                    "the correction must be a JSON object in the common schema"));
        }
        JsonNode given = observation.path("source");
        Optional<Payload> payload = payload(entry);
        String system = payload.map(Payload::system).orElse(given.path("system").asText(null));
        sameAsQuarantined("source.system", given.path("system"), system, problems);
        sameAsQuarantined("source.connector", given.path("connector"), entry.connectorId(), problems);
        ObjectNode source = json.createObjectNode();
        source.put("system", system);
        source.put("connector", entry.connectorId());
        if (given.hasNonNull("recordId")) {
            source.set("recordId", given.get("recordId"));
        }
        payload.ifPresent(p -> source.put("fetchedAt", p.fetchedAt().toString()).put("payloadSha256", p.sha256()));
        observation.set("source", source);
        observation.remove("revision");
        return observation;
    }

    private static void sameAsQuarantined(String field, JsonNode given, String expected, List<Problem> problems) {
        if (!given.isMissingNode() && !given.isNull() && !given.asText().equals(expected)) {
            problems.add(new Problem(field, given.asText(), "phải là của bản ghi bị cách ly (" + expected + ")",
                    "must be the quarantined record's (" + expected + ")"));
        }
    }

    private Optional<Payload> payload(Entry entry) {
        return entry.payloadId() == null ? Optional.empty() : jdbc.sql("select source_system, fetched_at, sha256 from raw_payload where id = :id")
                .param("id", entry.payloadId())
                .query((rs, n) -> new Payload(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    private void resolve(Entry entry, String state, String actor, String note, String correctedFragment) {
        jdbc.sql("""
                        update quarantine set state = :state, resolved_at = :at, resolved_by = :actor, resolution_note = :note,
                               corrected_fragment = :corrected
                        where id = :id""")
                .param("state", state).param("at", Timestamp.from(clock.instant())).param("actor", actor)
                .param("note", PayloadArchive.truncate(note, 2000)).param("corrected", correctedFragment).param("id", entry.id())
                .update();
    }

    private Observation toObservation(ObjectNode valid) {
        try {
            return json.treeToValue(valid, Observation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record the validator passed reads as an observation", e);
        }
    }

    private static String target(Entry entry) {
        return "quarantine " + entry.id() + " (" + entry.connectorId() + ")";
    }
}
