package vn.dxhub.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every push to the national system as dxhub_delivery_push_seconds{outcome}: "answered" (whatever the records'
 * outcomes), "transient" or "permanent" (the batch was not answered), "error" (a fault of the sender itself).
 */
final class TimedNationalSystem implements NationalSystem {

    private final NationalSystem national;
    private final MeterRegistry registry;

    TimedNationalSystem(NationalSystem national, MeterRegistry registry) {
        this.national = national;
        this.registry = registry;
    }

    @Override
    public PushResult push(Batch batch) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            PushResult result = national.push(batch);
            outcome = "answered";
            return result;
        } catch (PushFailure failure) {
            outcome = failure.isTransient() ? "transient" : "permanent";
            throw failure;
        } finally {
            sample.stop(Timer.builder("dxhub.delivery.push").description("Một lần gửi lô lên hệ thống quốc gia / one push of a batch")
                    .tag("outcome", outcome).register(registry));
        }
    }
}
