package vn.dxhub.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of delivery, as the worker routes call it: take the next batch from the outbox, push it to the national
 * system and settle the outcome, or put it back when it was not sent. A transient failure is settled and then thrown
 * again, so that the circuit breaker around the push counts it; rejections and batches refused as a whole are settled
 * and not thrown (the national system is up). Each batch is logged in one line.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

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

    /** The next batch to send, or null when none is ready yet or the worker is stopping. */
    public Claim nextBatch() {
        return stopping ? null : outbox.claim(batchSize, linger).orElse(null);
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
     * attempt; a batch already settled (a transient failure the breaker counted) is left as it is.
     */
    public void notSent(Claim claim, Throwable cause) {
        if (cause instanceof PushFailure) {
            return;
        }
        int released = outbox.release(claim);
        if (cause == null || cause instanceof CallNotPermittedException) {
            // every poll while the breaker is open: the breaker's own transitions are the operator's warning
            log.debug("Lô {}: mạch ngắt đang mở, không gửi, trả {} bản ghi về hàng đợi / batch {}: circuit breaker open, not sent, {} records put back to pending",
                    claim.batchId(), released, claim.batchId(), released);
        } else {
            log.error("Lô {}: không ghi được kết quả, trả {} bản ghi về hàng đợi để gửi lại / batch {}: the outcome could not be recorded, {} records put back to pending",
                    claim.batchId(), released, claim.batchId(), released, cause);
        }
    }

    /** No batch is claimed from now on; a batch claimed but not yet sent is put back. */
    public void stop() {
        stopping = true;
    }
}
