package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every push is timed under its outcome: answered, transient, permanent, or an error of the sender; failures still reach the worker. */
class TimedNationalSystemTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Batch batch = new Batch("b-1", List.of());

    private long count(String outcome) {
        var timer = registry.find("dxhub.delivery.push").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void timesEachPushUnderItsOutcome() {
        new TimedNationalSystem(b -> new PushResult(null, 200, "ok", List.of()), registry).push(batch);
        new TimedNationalSystem(b -> new PushResult(null, 200, "ok", List.of()), registry).push(batch);
        assertThatThrownBy(() -> new TimedNationalSystem(b -> {
            throw PushFailure.transientFailure("HTTP 503", 503, null, null, null);
        }, registry).push(batch)).isInstanceOf(PushFailure.class);
        assertThatThrownBy(() -> new TimedNationalSystem(b -> {
            throw PushFailure.permanent("HTTP 400", 400, null, null);
        }, registry).push(batch)).isInstanceOf(PushFailure.class);
        assertThatThrownBy(() -> new TimedNationalSystem(b -> {
            throw new IllegalStateException("bug");
        }, registry).push(batch)).isInstanceOf(IllegalStateException.class);

        assertThat(count("answered")).isEqualTo(2);
        assertThat(count("transient")).isEqualTo(1);
        assertThat(count("permanent")).isEqualTo(1);
        assertThat(count("error")).isEqualTo(1);
    }
}
