package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Failed deliveries wait longer at each attempt, spread by jitter, never longer than the cap, and as long as the national system asks. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(2));

    @RepeatedTest(20)
    void theWaitDoublesAtEachAttemptWithinHalfOfItEitherWay() {
        assertThat(backoff.after(1, null)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(15));
        assertThat(backoff.after(2, null)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(30));
        assertThat(backoff.after(3, null)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    @Test
    void theWaitIsCappedAndSoIsARetryAfter() {
        assertThat(backoff.after(30, null)).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(1, Duration.ofSeconds(42))).isEqualTo(Duration.ofSeconds(42));
        assertThat(backoff.after(1, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(2));
    }
}
