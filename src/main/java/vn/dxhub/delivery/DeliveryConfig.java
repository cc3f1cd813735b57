package vn.dxhub.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery workers of this instance, when {@code hub.delivery.enabled} (the default). They need a {@link NationalSystem} bean. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hub.delivery", name = "enabled", havingValue = "true", matchIfMissing = true)
class DeliveryConfig {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfig.class);

    @Bean
    Outbox outbox(JdbcClient jdbc, TransactionTemplate tx, EvidenceLog evidence, Clock clock, DeliveryProperties settings) {
        // pid@host names the instance for operators; the random part keeps a restarted instance apart from its former self
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new Outbox(jdbc, tx, evidence, clock, settings, owner);
    }

    @Bean
    DeliveryWorker deliveryWorker(Outbox outbox, NationalSystem national, Clock clock, DeliveryProperties settings, MeterRegistry registry) {
        return new DeliveryWorker(outbox, new TimedNationalSystem(national, registry), clock, settings);
    }

    /** Only transient failures count against the national system; other errors (the hub's own) neither open nor close it. */
    @Bean(DeliveryRoutes.BREAKER)
    CircuitBreaker nationalSystemBreaker(DeliveryProperties settings) {
        DeliveryProperties.CircuitBreaker b = settings.getCircuitBreaker();
        CircuitBreaker breaker = CircuitBreaker.of("national-system", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.getSlidingWindow())
                .minimumNumberOfCalls(b.getMinimumCalls())
                .failureRateThreshold(b.getFailureRateThreshold())
                .waitDurationInOpenState(b.getWaitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(b.getHalfOpenCalls())
                .recordException(e -> e instanceof PushFailure failure && failure.isTransient())
                .ignoreException(e -> !(e instanceof PushFailure))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> log.warn("Mạch ngắt hệ thống quốc gia: {} / national system circuit breaker: {}",
                event.getStateTransition(), event.getStateTransition()));
        return breaker;
    }

    @Bean
    DeliveryRoutes deliveryRoutes(DeliveryWorker worker, DeliveryProperties settings) {
        return new DeliveryRoutes(worker, settings);
    }

    @Bean
    DeliveryShutdown deliveryShutdown(DeliveryWorker worker, Outbox outbox, DeliveryProperties settings) {
        return new DeliveryShutdown(worker, outbox, settings.getShutdownTimeout());
    }
}
