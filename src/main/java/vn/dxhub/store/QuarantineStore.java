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

    public void quarantine(Origin origin, String fragment, List<Problem> reasons) {
        jdbc.sql("""
                        insert into quarantine (connector_id, run_id, payload_id, record_locator, fragment, reasons, state, created_at)
                        values (:c, :r, :p, :loc, :f, :why, 'open', :at)""")
                .param("c", origin.connectorId()).param("r", origin.runId()).param("p", origin.payloadId())
                .param("loc", PayloadArchive.truncate(origin.locator(), 400)).param("f", fragment).param("why", toJson(reasons))
                .param("at", Timestamp.from(clock.instant()))
                .update();
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
