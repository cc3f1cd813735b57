package vn.dxhub.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How stored revisions are pushed to the national evaluation system: batches, workers, retries, circuit breaker, stop. */
@Validated
@ConfigurationProperties(prefix = "hub.delivery")
public class DeliveryProperties {

    /** Run the delivery workers of this instance. The outbox is filled either way; switched off, nothing is pushed. */
    private boolean enabled = true;

    /** Most records in one batch; a batch is sent as soon as this many are ready. */
    @Min(1)
    @Max(1000)
    private int batchSize = 100;

    /** Longest a ready record waits for its batch to fill: when the oldest ready record has waited this long, a smaller batch is sent. */
    @NotNull
    private Duration linger = Duration.ofSeconds(2);

    /** How often an idle worker looks for ready records; a worker that just sent a batch looks again at once. */
    @NotNull
    private Duration pollInterval = Duration.ofSeconds(1);

    /** Batches one instance sends at the same time (one worker each). Instances on the same database share the outbox. */
    @Min(1)
    @Max(32)
    private int workers = 2;

    /** How long a claimed batch belongs to its worker; a crashed worker's rows are claimed again after this. Keep it above the national client's timeouts. */
    @NotNull
    private Duration lease = Duration.ofMinutes(5);

    /** Attempts before a delivery is dead (visible, replayable by an operator). */
    @Min(1)
    @Max(100)
    private int maxAttempts = 10;

    /** Wait before the second attempt; doubled at each further attempt, with random jitter. */
    @NotNull
    private Duration initialBackoff = Duration.ofSeconds(5);

    /** Longest wait between attempts, also for a Retry-After the national system asks for. */
    @NotNull
    private Duration maxBackoff = Duration.ofMinutes(10);

    /** On stop (SIGTERM), how long batches being sent may take to finish; what is still claimed then is put back to pending. */
    @NotNull
    private Duration shutdownTimeout = Duration.ofSeconds(20);

    @Valid
    private final CircuitBreaker circuitBreaker = new CircuitBreaker();

    /** The circuit breaker around the national system, shared by the workers of an instance: open, nothing is sent. */
    public static class CircuitBreaker {

        /** Percentage of failed pushes (transient failures only) among the last calls that opens the breaker. */
        @DecimalMin("1")
        @DecimalMax("100")
        private float failureRateThreshold = 50;

        /** Pushes the failure rate is computed over (a sliding window of the last calls). */
        @Min(1)
        private int slidingWindow = 10;

        /** Pushes needed in the window before the failure rate can open the breaker. */
        @Min(1)
        private int minimumCalls = 5;

        /** How long the breaker stays open before it lets probe pushes through. */
        @NotNull
        private Duration waitInOpenState = Duration.ofSeconds(60);

        /** Probe pushes let through when half open; if they succeed the breaker closes, if they fail it opens again. */
        @Min(1)
        private int halfOpenCalls = 1;

        public float getFailureRateThreshold() { return failureRateThreshold; }
        public void setFailureRateThreshold(float failureRateThreshold) { this.failureRateThreshold = failureRateThreshold; }
        public int getSlidingWindow() { return slidingWindow; }
        public void setSlidingWindow(int slidingWindow) { this.slidingWindow = slidingWindow; }
        public int getMinimumCalls() { return minimumCalls; }
        public void setMinimumCalls(int minimumCalls) { this.minimumCalls = minimumCalls; }
        public Duration getWaitInOpenState() { return waitInOpenState; }
        public void setWaitInOpenState(Duration waitInOpenState) { this.waitInOpenState = waitInOpenState; }
        public int getHalfOpenCalls() { return halfOpenCalls; }
        public void setHalfOpenCalls(int halfOpenCalls) { this.halfOpenCalls = halfOpenCalls; }
    }

    @AssertTrue(message = "hub.delivery.max-backoff phải không nhỏ hơn initial-backoff / hub.delivery.max-backoff must not be below initial-backoff")
    boolean isBackoffOrdered() {
        return maxBackoff.compareTo(initialBackoff) >= 0;
    }

    @AssertTrue(message = "hub.delivery.lease, poll-interval, initial-backoff và shutdown-timeout phải dương / must be positive")
    boolean isEveryDurationPositive() {
        return !lease.isNegative() && !lease.isZero() && !pollInterval.isNegative() && !pollInterval.isZero()
                && !initialBackoff.isNegative() && !initialBackoff.isZero() && !shutdownTimeout.isNegative() && !linger.isNegative();
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public Duration getLinger() { return linger; }
    public void setLinger(Duration linger) { this.linger = linger; }
    public Duration getPollInterval() { return pollInterval; }
    public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
    public int getWorkers() { return workers; }
    public void setWorkers(int workers) { this.workers = workers; }
    public Duration getLease() { return lease; }
    public void setLease(Duration lease) { this.lease = lease; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public Duration getInitialBackoff() { return initialBackoff; }
    public void setInitialBackoff(Duration initialBackoff) { this.initialBackoff = initialBackoff; }
    public Duration getMaxBackoff() { return maxBackoff; }
    public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
    public Duration getShutdownTimeout() { return shutdownTimeout; }
    public void setShutdownTimeout(Duration shutdownTimeout) { this.shutdownTimeout = shutdownTimeout; }
    public CircuitBreaker getCircuitBreaker() { return circuitBreaker; }
}
