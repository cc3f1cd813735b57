package vn.dxhub.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record of every connector run: who started it, when, how many pages and records, what became of
 * them, and the error when it failed. Counters are added page by page, so a long run shows progress.
 */
@Repository
public class RunLedger {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String host;

    public RunLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.host = hostName();
    }

    /** Counts of one page or one batch of records. */
    public record Counts(int pages, int read, int stored, int unchanged, int quarantined) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(pages + o.pages, read + o.read, stored + o.stored, unchanged + o.unchanged, quarantined + o.quarantined);
        }
    }

    public long start(String connectorId, String trigger) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into connector_run (connector_id, trigger_kind, status, started_at, host)
                        values (:c, :t, 'running', :at, :h)""")
                .param("c", connectorId).param("t", trigger).param("at", now()).param("h", host)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public void add(long runId, Counts counts) {
        jdbc.sql("""
                        update connector_run set pages = pages + :pg, records_read = records_read + :rd, stored = stored + :st,
                               unchanged = unchanged + :un, quarantined = quarantined + :q where id = :id""")
                .param("pg", counts.pages()).param("rd", counts.read()).param("st", counts.stored())
                .param("un", counts.unchanged()).param("q", counts.quarantined()).param("id", runId)
                .update();
    }

    public void succeed(long runId, String periods) {
        jdbc.sql("update connector_run set status = 'succeeded', ended_at = :at, periods = :p where id = :id")
                .param("at", now()).param("p", PayloadArchive.truncate(periods, 400)).param("id", runId).update();
    }

    public void fail(long runId, String periods, String errorKind, String message) {
        jdbc.sql("update connector_run set status = 'failed', ended_at = :at, periods = :p, error_kind = :k, error_message = :m where id = :id")
                .param("at", now()).param("p", PayloadArchive.truncate(periods, 400)).param("k", errorKind)
                .param("m", PayloadArchive.truncate(message, 4000)).param("id", runId).update();
    }

    /**
     * Closes as failed the connector's runs still recorded as "running". Called by a run that holds the connector's
     * lease, so none of them is alive: their instance crashed, or lost the database before it could record their end.
     */
    public int closeCutOff(String connectorId) {
        return jdbc.sql("""
                        update connector_run set status = 'failed', ended_at = :at, error_kind = 'transient',
                               error_message = 'Lần chạy bị ngắt trước khi ghi được kết quả / the run was cut off before its end was recorded'
                        where connector_id = :c and status = 'running'""")
                .param("at", now()).param("c", connectorId).update();
    }

    /**
     * Runs left "running" by an instance that stopped or crashed (their connector's lease has lapsed) are
     * closed as failed, so the run history never shows a run that will not finish.
     */
    public int closeInterrupted() {
        return jdbc.sql("""
                        update connector_run set status = 'failed', ended_at = :at, error_kind = 'transient',
                               error_message = 'Lần chạy bị ngắt khi hub dừng / the run was cut off when the hub stopped'
                        where status = 'running' and connector_id not in (select connector_id from connector_lease where expires_at >= :at)""")
                .param("at", now()).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
