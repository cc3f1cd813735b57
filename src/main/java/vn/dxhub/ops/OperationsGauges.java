package vn.dxhub.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of what waits for operators, read from the database: dxhub_quarantine_open and dxhub_deliveries{state}. The
 * counts are read at most once per {@link #FRESH_FOR} whatever the number of scrapes and gauges; while the database is
 * unavailable they read NaN (unknown), not zero.
 */
@Component
class OperationsGauges {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OperationsGauges.class);

    private record Counts(long openQuarantine, Map<String, Long> deliveries, long readAtNanos) {}

    private final JdbcClient jdbc;
    private final DeliveryQueries deliveries;
    private volatile Counts last;

    OperationsGauges(MeterRegistry registry, JdbcClient jdbc, DeliveryQueries deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        Gauge.builder("dxhub.quarantine.open", this, g -> g.counts() == null ? Double.NaN : g.counts().openQuarantine())
                .description("Bản ghi cách ly chưa xử lý / quarantine entries still open").register(registry);
        for (String state : DeliveryQueries.STATES) {
            Gauge.builder("dxhub.deliveries", this, g -> g.counts() == null ? Double.NaN : g.counts().deliveries().getOrDefault(state, 0L))
                    .tag("state", state).description("Chuyển giao theo trạng thái / deliveries per state").register(registry);
        }
    }

    private synchronized Counts counts() {
        Counts known = last;
        if (known != null && System.nanoTime() - known.readAtNanos() < FRESH_FOR.toNanos()) {
            return known;
        }
        try {
            long open = jdbc.sql("select count(*) from quarantine where state = 'open'").query(Long.class).single();
            last = new Counts(open, deliveries.counts(), System.nanoTime());
        } catch (RuntimeException e) {
            log.debug("Không đọc được số đếm cho chỉ số / cannot read the counts for the gauges: {}", e.getMessage());
            last = null;
        }
        return last;
    }
}
