package vn.dxhub.store;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what to which record, when, with the state before and after; refused attempts are written too. */
@Repository
public class AuditLog {

    /** How an operator action ended: carried out, refused (conflict, not allowed), or failed (e.g. the correction has problems). */
    public enum Outcome {
        ALLOWED, DENIED, FAILED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One action: its actor, a short action name, the record acted on, and the states and detail as operators read them. */
    public record Action(String actor, String action, String target, Outcome outcome, String before, String after, String detail) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Operator actions are always someone's: refuses a missing actor before anything is done. */
    public static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("cần người thực hiện (actor) / an actor is required");
        }
    }

    public void record(Action a) {
        jdbc.sql("""
                        insert into audit_log (occurred_at, actor, action, target, outcome, before_state, after_state, detail)
                        values (:at, :actor, :action, :target, :outcome, :before, :after, :detail)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", PayloadArchive.truncate(a.actor(), 120)).param("action", a.action())
                .param("target", PayloadArchive.truncate(a.target(), 400)).param("outcome", a.outcome().code()).param("before", a.before())
                .param("after", a.after()).param("detail", PayloadArchive.truncate(a.detail(), 4000))
                .update();
    }
}
