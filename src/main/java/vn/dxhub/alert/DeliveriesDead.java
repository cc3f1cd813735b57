package vn.dxhub.alert;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deliveries that went dead (out of attempts, or refused with their whole batch) reach the national system only when an
 * operator replays them: one alert while any exist, with how many and the oldest one's last error. When the database
 * cannot be read the check throws, and the monitor keeps the alert as it was (no false recovery).
 */
@Component
class DeliveriesDead implements AlertCondition {

    static final String KEY = "deliveries-dead";

    private record Oldest(long id, String lastError) {}

    private final JdbcClient jdbc;

    DeliveriesDead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Alert> active() {
        long dead = jdbc.sql("select count(*) from delivery where state = 'dead'").query(Long.class).single();
        if (dead == 0) {
            return List.of();
        }
        Oldest oldest = jdbc.sql("select id, last_error from delivery where state = 'dead' order by updated_at, id limit 1")
                .query((rs, n) -> new Oldest(rs.getLong(1), rs.getString(2))).single();
        String error = oldest.lastError() == null ? "-" : oldest.lastError();
        return List.of(new Alert(KEY, KEY,
                dead + " bản ghi chuyển giao đã chết, cần gửi lại",
                dead + " deliveries are dead and need a replay",
                "Bản ghi chết lâu nhất (id " + oldest.id() + "): " + error + ". Gửi lại ở trang Chuyển giao sau khi khắc phục nguyên nhân.",
                "Oldest dead delivery (id " + oldest.id() + "): " + error + ". Replay them on the Deliveries page once the cause is fixed."));
    }
}
