package vn.dxhub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dxhub.validation.Problem;

/** Parks a record that cannot be stored, with the record as received and every reason, for an operator to act on. */
@Repository
public class QuarantineStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public QuarantineStore(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Where the bad record was: connector, run, payload and its place in the payload (page and index, sheet and row, ...). */
    public record Origin(String connectorId, Long runId, Long payloadId, String locator) {}

    /**
     * Parks a record, once: a record of a payload already quarantined at the same place is not parked again. A run cut
     * off in the middle of a payload (the hub killed, the database gone, a later page of the same period failing) has
     * parked part of it, and the next run reads the payload again from its start. One run per connector at a time (its
     * lease) makes the check and the insert safe together.
     */
    public void quarantine(Origin origin, String fragment, List<Problem> reasons) {
        String locator = PayloadArchive.truncate(origin.locator(), 400);
        if (origin.payloadId() != null && alreadyParked(origin.connectorId(), origin.payloadId(), locator)) {
            return;
        }
        jdbc.sql("""
                        insert into quarantine (connector_id, run_id, payload_id, record_locator, fragment, reasons, state, created_at)
                        values (:c, :r, :p, :loc, :f, :why, 'open', :at)""")
                .param("c", origin.connectorId()).param("r", origin.runId()).param("p", origin.payloadId())
                .param("loc", locator).param("f", fragment).param("why", toJson(reasons))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private boolean alreadyParked(String connectorId, long payloadId, String locator) {
        // by connector first: the quarantine has an index on it, none on the payload
        return jdbc.sql("select count(*) from quarantine where connector_id = :c and payload_id = :p and record_locator = :loc")
                .param("c", connectorId).param("p", payloadId).param("loc", locator).query(Long.class).single() > 0;
    }

    /** A quarantined record as an operator reads it: where it was, what it was, and why. */
    public record Entry(String locator, String fragment, List<Problem> reasons) {}

    /** The records quarantined from a payload (by the connector and the payload's SHA-256), in the order they were parked. */
    public List<Entry> ofPayload(String connectorId, String sha256) {
        return jdbc.sql("""
                        select q.record_locator, q.fragment, q.reasons from quarantine q join raw_payload p on p.id = q.payload_id
                        where p.connector_id = :c and p.sha256 = :h order by q.id""")
                .param("c", connectorId).param("h", sha256)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), fromJson(rs.getString(3))))
                .list();
    }

    private List<Problem> fromJson(String reasons) {
        try {
            return json.readValue(reasons, new com.fasterxml.jackson.core.type.TypeReference<List<Problem>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reasons are written by this class as JSON", e);
        }
    }

    private String toJson(List<Problem> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reasons are plain records and always serialise", e);
        }
    }
}
