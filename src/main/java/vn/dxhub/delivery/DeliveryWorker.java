package vn.dxhub.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import vn.dxhub.store.DatabaseOutages;

/**
 * One step of delivery, as the worker routes call it: take the next batch from the outbox, push it to the national
 * system and settle the outcome, or put it back when it was not sent. A transient failure is settled and then thrown
 * again, so that the circuit breaker around the push counts it; rejections and batches refused as a whole are settled
 * and not thrown (the national system is up). Each batch is logged in one line.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final String NOT_RECORDED = "the outcome could not be recorded";

    private final Outbox outbox;
    private final NationalSystem national;
    private final Clock clock;
    private final int batchSize;
    private final Duration linger;
    private volatile boolean stopping;

    public DeliveryWorker(Outbox outbox, NationalSystem national, Clock clock, DeliveryProperties settings) {
        this.outbox = outbox;
        this.national = national;
        this.clock = clock;
        this.batchSize = settings.getBatchSize();
        this.linger = settings.getLinger();
    }

    /** The next batch to send, or null when none is ready yet, the worker is stopping, or the hub's database is unavailable for now. */
    public Claim nextBatch() {
        if (stopping) {
            return null;
        }
        try {
            return outbox.claim(batchSize, linger).orElse(null);
        } catch (RuntimeException e) {
            if (!DatabaseOutages.isOutage(e)) {
                throw e;
            }
            log.warn("Không nhận được lô: cơ sở dữ liệu của hub tạm thời không dùng được, sẽ thử lại / no batch claimed: the hub's database is"
                    + " unavailable for now, tried again later ({})", mostSpecificMessage(e));
            return null;
        }
    }

    public void push(Claim claim) {
        if (stopping) {
            int released = outbox.release(claim);
            log.info("Lô {}: đang dừng, chưa gửi, trả {} bản ghi về hàng đợi / batch {}: stopping, not sent, {} records put back to pending",
                    claim.batchId(), released, claim.batchId(), released);
            return;
        }
        Instant sentAt = clock.instant();
        PushResult result;
        try {
            result = national.push(claim.batch());
        } catch (PushFailure failure) {
            failed(claim, sentAt, failure);
            return;
        } catch (RuntimeException unexpected) {
            // a fault of the client itself: the details stay in the log, the evidence and the outbox get its kind only
            log.error("Lô {}: lỗi không lường trước khi gửi / batch {}: unexpected error while sending", claim.batchId(), claim.batchId(), unexpected);
            failed(claim, sentAt, PushFailure.transientFailure("lỗi không lường trước của trình gửi (" + unexpected.getClass().getSimpleName()
                    + ") / unexpected error of the sender", 0, null, null, unexpected));
            return;
        }
        Settled settled = outbox.answered(claim, sentAt, result);
        log.info("Lô / batch {} (HTTP {}): {}", claim.batchId(), result.status(), settled.counts());
    }

    private void failed(Claim claim, Instant sentAt, PushFailure failure) {
        Settled settled = outbox.failed(claim, sentAt, failure);
        log.warn("Lô / batch {} thất bại / failed ({}, {}): {}; {}", claim.batchId(), failure.isTransient() ? "tạm thời / transient" : "hẳn / permanent",
                failure.status() == 0 ? "không có trả lời / no answer" : "HTTP " + failure.status(), failure.getMessage(), settled.counts());
        if (failure.isTransient()) {
            throw failure;
        }
    }

    /**
     * The push did not happen or did not settle: the circuit breaker was open ({@code cause} null or its refusal), or the
     * settlement itself failed. What this worker still holds of the batch goes back to pending without counting the
     * attempt; a batch already settled (a transient failure the breaker counted) is left as it is. When the hub's database
     * is gone, the rows cannot be put back either: they stay in flight and are claimed again when their lease lapses.
     */
    public void notSent(Claim claim, Throwable cause) {
        if (cause instanceof PushFailure) {
            return;
        }
        boolean breakerOpen = cause == null || cause instanceof CallNotPermittedException;
        int released;
        try {
            released = outbox.release(claim);
        } catch (RuntimeException e) {
            if (!DatabaseOutages.isOutage(e)) {
                throw e;
            }
            log.warn("Lô {}: {}, và không trả được bản ghi về hàng đợi vì cơ sở dữ liệu của hub tạm thời không dùng được; chúng sẽ được nhận"
                    + " lại khi hết hạn giữ / batch {}: {}, nor its records put back to pending, the hub's database is unavailable for now;"
                    + " they are claimed again when their lease lapses ({})", claim.batchId(), breakerOpen ? "mạch ngắt đang mở, không gửi"
                    : "không ghi được kết quả", claim.batchId(), breakerOpen ? "circuit breaker open, not sent" : NOT_RECORDED, mostSpecificMessage(e));
            return;
        }
        if (breakerOpen) {
            // every poll while the breaker is open: the breaker's own transitions are the operator's warning
            log.debug("Lô {}: mạch ngắt đang mở, không gửi, trả {} bản ghi về hàng đợi / batch {}: circuit breaker open, not sent, {} records put back to pending",
                    claim.batchId(), released, claim.batchId(), released);
        } else if (DatabaseOutages.isOutage(cause)) {
            log.warn("Lô {}: không ghi được kết quả vì cơ sở dữ liệu của hub tạm thời không dùng được, trả {} bản ghi về hàng đợi để gửi lại"
                    + " / batch {}: {}, the hub's database is unavailable for now, {} records put back to pending ({})", claim.batchId(), released,
                    claim.batchId(), NOT_RECORDED, released, mostSpecificMessage(cause));
        } else {
            log.error("Lô {}: không ghi được kết quả, trả {} bản ghi về hàng đợi để gửi lại / batch {}: {}, {} records put back to pending",
                    claim.batchId(), released, claim.batchId(), NOT_RECORDED, released, cause);
        }
    }

    private static String mostSpecificMessage(Throwable e) {
        return NestedExceptionUtils.getMostSpecificCause(e).getMessage();
    }

    /** No batch is claimed from now on; a batch claimed but not yet sent is put back. */
    public void stop() {
        stopping = true;
    }
}
