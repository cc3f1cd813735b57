package vn.dxhub.connector;

import org.springframework.retry.RetryContext;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * Retries of transient source failures ({@link SourceException#isTransient()}: IO, timeouts, 5xx, 429, a body cut
 * short, a database that is down) with exponential backoff and jitter, up to the connector's {@code maxAttempts};
 * a permanent failure is never retried.
 */
public final class TransientRetries {

    private TransientRetries() {}

    public static RetryTemplate of(ConnectorInstance connector) {
        return of(connector.integer("maxAttempts"), new RetryAfterBackOff(connector.duration("initialBackoff")));
    }

    static RetryTemplate of(int maxAttempts, RetryAfterBackOff backOff) {
        return RetryTemplate.builder().customPolicy(new TransientOnly(maxAttempts)).customBackoff(backOff).build();
    }

    private static final class TransientOnly extends SimpleRetryPolicy {

        TransientOnly(int maxAttempts) {
            super(maxAttempts);
        }

        @Override
        public boolean canRetry(RetryContext context) {
            Throwable last = context.getLastThrowable();
            return (last == null || last instanceof SourceException e && e.isTransient()) && context.getRetryCount() < getMaxAttempts();
        }
    }
}
