package vn.dxhub.delivery;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * When a delivery that failed is tried again: the initial backoff doubled at each further attempt, with ±50% random
 * jitter so that many failed deliveries do not come back at once, capped; a Retry-After the national system asked for
 * is honoured instead, capped the same way.
 */
final class Backoff {

    private final IntervalFunction exponential;
    private final Duration longest;

    Backoff(Duration initial, Duration longest) {
        this.exponential = IntervalFunction.ofExponentialRandomBackoff(initial, 2.0, 0.5, longest);
        this.longest = longest;
    }

    /** @param attempt the attempts made so far, from 1; @param retryAfter the wait the national system asked for, or null */
    Duration after(int attempt, Duration retryAfter) {
        Duration wait = retryAfter != null && !retryAfter.isNegative() ? retryAfter : Duration.ofMillis(exponential.apply(attempt));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
