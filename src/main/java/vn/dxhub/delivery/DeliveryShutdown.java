package vn.dxhub.delivery;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * Graceful stop of delivery (SIGTERM closes the Spring context): no batch is claimed any more, batches being sent get
 * the shutdown timeout to finish and settle, and what this instance still holds then goes back to pending, to be
 * delivered after the restart or by another instance. It stops before the Camel context, whose worker routes then find
 * nothing to do.
 */
class DeliveryShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryShutdown.class);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    private final DeliveryWorker worker;
    private final Outbox outbox;
    private final Duration timeout;
    private volatile boolean running;

    DeliveryShutdown(DeliveryWorker worker, Outbox outbox, Duration timeout) {
        this.worker = worker;
        this.outbox = outbox;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        worker.stop();
        try {
            Instant deadline = Instant.now().plus(timeout);
            while (outbox.held() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(LOOK_AGAIN.toMillis());
            }
            int released = outbox.releaseHeld();
            log.info("Dừng gửi: trả {} bản ghi đang giữ về hàng đợi / delivery stopped: {} held records put back to pending", released, released);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DataAccessException e) {
            log.warn("Dừng gửi: không trả được bản ghi về hàng đợi, chúng sẽ được nhận lại khi hết hạn giữ / delivery stopped: held records"
                    + " could not be put back, they are claimed again when their lease lapses ({})", e.getMostSpecificCause().getMessage());
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: before the Camel context (whose phase is just below) stops the worker routes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
