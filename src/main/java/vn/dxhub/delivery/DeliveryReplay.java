package vn.dxhub.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxhub.store.AuditLog;

/**
 * Operators send deliveries again: dead ones (out of attempts, or refused with their whole batch) once the cause is
 * fixed, and, as an explicit choice, ones the national system rejected. A replayed delivery is pending again with its
 * attempts reset; its earlier receipts and evidence stay. Every replay, and every refused one, is in the audit log.
 */
@Service
public class DeliveryReplay {

    /** The deliveries sent again, and those left as they were with the state found ({@code not found} for an unknown id). */
    public record Replayed(List<Long> replayed, Map<Long, String> skipped) {}

    private record Row(long id, String key, String state, int attempts, String lastError) {}

    private static final String SELECT = "select id, idempotency_key, state, attempts, last_error from delivery";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    public DeliveryReplay(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Replayed replayDead(Collection<Long> deliveryIds, String actor, String note) {
        return replay("dead", actor, note, () -> byIds(deliveryIds), deliveryIds);
    }

    public Replayed replayAllDead(String actor, String note) {
        return replay("dead", actor, note, () -> jdbc.sql(SELECT + " where state = 'dead' order by id for update").query(this::row).list(), null);
    }

    /** Rejected records are not retried blindly: this is for when the operator knows the national system will take them now. */
    public Replayed replayRejected(Collection<Long> deliveryIds, String actor, String note) {
        return replay("rejected", actor, note, () -> byIds(deliveryIds), deliveryIds);
    }

    private List<Row> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(SELECT + " where id in (:ids) order by id for update").param("ids", ids).query(this::row).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5));
    }

    private Replayed replay(String from, String actor, String note, Supplier<List<Row>> rows, Collection<Long> asked) {
        AuditLog.requireActor(actor);
        String action = "delivery.replay-" + from;
        return tx.execute(status -> {
            Map<Long, Row> found = rows.get().stream().collect(Collectors.toMap(Row::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            List<Long> replayed = new ArrayList<>();
            Map<Long, String> skipped = new LinkedHashMap<>();
            for (long id : asked == null ? found.keySet() : new LinkedHashSet<>(asked)) {
                Row row = found.get(id);
                if (row == null || !row.state().equals(from)) {
                    String state = row == null ? "not found" : row.state();
                    skipped.put(id, state);
                    audit.record(new AuditLog.Action(actor, action, "delivery " + id, AuditLog.Outcome.DENIED, state, null,
                            "chỉ gửi lại được bản ghi " + from + ", bản ghi này đang " + state + " / only " + from + " deliveries are replayed, this one is " + state));
                    continue;
                }
                jdbc.sql("""
                                update delivery set state = 'pending', attempts = 0, next_attempt_at = :now, last_error = null, lease_owner = null,
                                       lease_until = null, updated_at = :now
                                where id = :id""")
                        .param("now", Timestamp.from(clock.instant())).param("id", id)
                        .update();
                audit.record(new AuditLog.Action(actor, action, "delivery " + id + " (" + row.key() + ")", AuditLog.Outcome.ALLOWED,
                        row.state() + ", " + row.attempts() + " lần thử / attempts: " + row.lastError(), "pending, 0 lần thử / attempts", note));
                replayed.add(id);
            }
            return new Replayed(replayed, skipped);
        });
    }
}
