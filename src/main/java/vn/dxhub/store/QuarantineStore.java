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

    private String toJson(List<Problem> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reasons are plain records and always serialise", e);
        }
    }
}
