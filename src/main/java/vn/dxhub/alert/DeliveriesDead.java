package vn.dxhub.alert;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deliveries that went dead (out of attempts, or refused with their whole batch) reach the national system only when an
 * operator replays them: one alert while any exist, with how many and the oldest one's last error.
 */
@Component
class DeliveriesDead implements AlertCondition {

    static final String KEY = "deliveries-dead";
    private static final Logger log = LoggerFactory.getLogger(DeliveriesDead.class);

    private record Oldest(long id, String lastError) {}

    private final JdbcClient jdbc;

    DeliveriesDead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Alert> active() {
        try {
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
        } catch (RuntimeException e) {
            // the condition says what it can know; a database outage is another condition's alert
            log.warn("Không kiểm tra được bản ghi chuyển giao chết / cannot check for dead deliveries: {}", e.getMessage());
            return List.of();
        }
    }
}
