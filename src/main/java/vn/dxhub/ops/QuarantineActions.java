package vn.dxhub.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import vn.dxhub.store.AuditLog;
import vn.dxhub.store.QuarantineResubmission;
import vn.dxhub.validation.Problem;

/**
 * An operator settles a quarantine entry, from the API or the console: {@link QuarantineResubmission} does it and audits
 * it; what it refuses before any entry is read (no reason to discard, an entry that does not exist) is audited here, so
 * every attempt is in the audit log.
 */
@Service
public class QuarantineActions {

    /** The problems that kept a correction out, or what it was stored as and the value it became. */
    public record Outcome(List<Problem> problems, String stored, QuarantineQueries.StoredValue value) implements WithStatus {

        @Override
        public int httpStatus() {
            return problems.isEmpty() ? 200 : 422;
        }
    }

    private final QuarantineResubmission resubmission;
    private final QuarantineQueries queries;
    private final AuditLog audit;

    QuarantineActions(QuarantineResubmission resubmission, QuarantineQueries queries, AuditLog audit) {
        this.resubmission = resubmission;
        this.queries = queries;
        this.audit = audit;
    }

    public Outcome resubmit(long id, JsonNode observation, String note, String actor) {
        QuarantineQueries.Detail entry = entry(id, actor, "quarantine.resubmit");
        QuarantineResubmission.Resubmitted result = resubmission.resubmit(id, observation, actor, note);
        if (!result.accepted()) {
            return new Outcome(result.problems(), null, null);
        }
        QuarantineQueries.StoredValue value = queries.storedValue(entry.connector(), observation.path("indicator").asText(),
                observation.path("reportingUnit").asText(), observation.path("period").asText()).orElse(null);
        return new Outcome(List.of(), result.stored().name().toLowerCase(java.util.Locale.ROOT), value);
    }

    /** Discards the entry; false, audited and nothing changed, when no reason is given. */
    public boolean discard(long id, String reason, String actor) {
        entry(id, actor, "quarantine.discard");
        if (reason == null || reason.isBlank()) {
            AuditLog.requireActor(actor);
            audit.record(new AuditLog.Action(actor, "quarantine.discard", "quarantine " + id, AuditLog.Outcome.FAILED, null, null,
                    "thiếu lý do loại bỏ / no reason given"));
            return false;
        }
        resubmission.discard(id, reason, actor);
        return true;
    }

    private QuarantineQueries.Detail entry(long id, String actor, String action) {
        return queries.detail(id).orElseGet(() -> {
            AuditLog.requireActor(actor);
            audit.record(new AuditLog.Action(actor, action, "quarantine " + id, AuditLog.Outcome.FAILED, null, null,
                    "không có bản ghi cách ly này / no such quarantine entry"));
            throw new NoSuchElementException("không có bản ghi cách ly id=" + id + " / no quarantine entry id=" + id);
        });
    }
}
