package vn.dxhub.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dxhub.ops.Paging;

/** The alerts seen so far (table alert_state): which are open, which were announced, and their history. */
@Repository
class AlertStore {

    private static final String COLUMNS = """
            id, alert_key, kind, source, title_vi, title_en, detail_vi, detail_en, opened_at, last_seen_at, closed_at,
            notified_at, recovery_notified_at""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AlertState> open() {
        return jdbc.sql("select " + COLUMNS + " from alert_state where closed_at is null order by id").query(AlertStore::row).list();
    }

    void open(Alert alert, String source, Instant now) {
        jdbc.sql("""
                        insert into alert_state (alert_key, kind, source, title_vi, title_en, detail_vi, detail_en, opened_at, last_seen_at)
                        values (:key, :kind, :source, :titleVi, :titleEn, :detailVi, :detailEn, :now, :now)""")
                .param("key", alert.key()).param("kind", alert.kind()).param("source", source)
                .param("titleVi", alert.titleVi()).param("titleEn", alert.titleEn())
                .param("detailVi", alert.detailVi()).param("detailEn", alert.detailEn()).param("now", Timestamp.from(now))
                .update();
    }

    /** Still open: the condition's latest wording replaces the earlier one. */
    void seen(long id, Alert alert, Instant now) {
        jdbc.sql("""
                        update alert_state set last_seen_at = :now, title_vi = :titleVi, title_en = :titleEn, detail_vi = :detailVi,
                        detail_en = :detailEn where id = :id""")
                .param("now", Timestamp.from(now)).param("titleVi", alert.titleVi()).param("titleEn", alert.titleEn())
                .param("detailVi", alert.detailVi()).param("detailEn", alert.detailEn()).param("id", id)
                .update();
    }

    void close(long id, Instant now) {
        jdbc.sql("update alert_state set closed_at = :now where id = :id and closed_at is null").param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Open alerts never announced, and (when {@code remindBefore} is set) those last announced before it. */
    List<AlertState> toAnnounce(Instant remindBefore) {
        return jdbc.sql("select " + COLUMNS + """
                         from alert_state where closed_at is null
                        and (notified_at is null or notified_at < :remindBefore) order by id""")
                .param("remindBefore", Timestamp.from(remindBefore == null ? Instant.EPOCH : remindBefore))
                .query(AlertStore::row).list();
    }

    List<AlertState> recoveriesToAnnounce() {
        return jdbc.sql("select " + COLUMNS + " from alert_state where closed_at is not null and recovery_notified_at is null order by id")
                .query(AlertStore::row).list();
    }

    void announced(List<AlertState> alerts, Instant now) {
        mark("notified_at", alerts, now);
    }

    void recoveryAnnounced(List<AlertState> alerts, Instant now) {
        mark("recovery_notified_at", alerts, now);
    }

    /** Open alerts first, then those closed after {@code closedSince}, newest first. */
    Paging.Page<AlertState> list(Instant closedSince, Paging paging) {
        Timestamp since = Timestamp.from(closedSince);
        long total = jdbc.sql("select count(*) from alert_state where closed_at is null or closed_at >= :since")
                .param("since", since).query(Long.class).single();
        List<AlertState> items = jdbc.sql("select " + COLUMNS + """
                         from alert_state where closed_at is null or closed_at >= :since
                        order by case when closed_at is null then 0 else 1 end, opened_at desc, id desc
                        offset :offset rows fetch next :limit rows only""")
                .param("since", since).param("offset", paging.offset()).param("limit", paging.limit())
                .query(AlertStore::row).list();
        return Paging.Page.of(items, total, paging);
    }

    private void mark(String column, List<AlertState> alerts, Instant now) {
        // the column is one of two constants above, never from a caller
        jdbc.sql("update alert_state set " + column + " = :now where id in (:ids)")
                .param("now", Timestamp.from(now)).param("ids", alerts.stream().map(AlertState::id).toList()).update();
    }

    private static AlertState row(ResultSet rs, int n) throws SQLException {
        return new AlertState(rs.getLong("id"), rs.getString("alert_key"), rs.getString("kind"), rs.getString("source"),
                rs.getString("title_vi"), rs.getString("title_en"), rs.getString("detail_vi"), rs.getString("detail_en"),
                instant(rs, "opened_at"), instant(rs, "last_seen_at"), instant(rs, "closed_at"), instant(rs, "notified_at"),
                instant(rs, "recovery_notified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
