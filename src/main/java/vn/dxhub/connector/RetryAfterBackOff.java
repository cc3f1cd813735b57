package vn.dxhub.connector;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.Sleeper;
import org.springframework.retry.backoff.ThreadWaitSleeper;

/**
 * Exponential backoff with jitter that gives way to the server: when the last failure carried a
 * Retry-After (a 429), that wait is used instead.
 */
final class RetryAfterBackOff implements BackOffPolicy {

    private static final Duration LONGEST = Duration.ofMinutes(2);

    private final Duration initial;
    private final Sleeper sleeper;

    RetryAfterBackOff(Duration initial) {
        this(initial, new ThreadWaitSleeper());
    }

    RetryAfterBackOff(Duration initial, Sleeper sleeper) {
        this.initial = initial;
        this.sleeper = sleeper;
    }

    private static final class Attempts implements BackOffContext {
        final RetryContext retry;
        int count;

        Attempts(RetryContext retry) {
            this.retry = retry;
        }
    }

    @Override
    public BackOffContext start(RetryContext context) {
        return new Attempts(context);
    }

    @Override
    public void backOff(BackOffContext backOffContext) throws BackOffInterruptedException {
        Attempts attempts = (Attempts) backOffContext;
        Duration wait = waitFor(attempts.retry.getLastThrowable(), attempts.count++);
        try {
            sleeper.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackOffInterruptedException("interrupted while waiting to retry", e);
        }
    }

    Duration waitFor(Throwable last, int attempt) {
        if (last instanceof SourceException e && e.retryAfter() != null) {
            return min(e.retryAfter(), LONGEST);
        }
        long base = initial.toMillis() * (1L << Math.min(attempt, 10));
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, base / 2) + 1);
        return min(Duration.ofMillis(base + jitter), LONGEST);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
