package vn.dxhub.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.CircuitBreakerConstants;

/**
 * The delivery workers as Camel routes, plumbing only: {@code delivery-worker-1 ... n}, each a scheduler that claims the
 * next batch, pushes it inside the Resilience4j circuit breaker shared by the workers of this instance, and puts the
 * batch back when the breaker is open. A worker that sent a batch looks again at once (greedy scheduler); one that found
 * nothing ready, or could not send, waits for the poll interval.
 */
class DeliveryRoutes extends RouteBuilder {

    /** The bean name of the circuit breaker the workers share. */
    static final String BREAKER = "nationalSystemBreaker";

    private final DeliveryWorker worker;
    private final DeliveryProperties settings;

    DeliveryRoutes(DeliveryWorker worker, DeliveryProperties settings) {
        this.worker = worker;
        this.settings = settings;
    }

    @Override
    public void configure() {
        long poll = settings.getPollInterval().toMillis();
        for (int i = 1; i <= settings.getWorkers(); i++) {
            from("scheduler:delivery-" + i + "?greedy=true&initialDelay=" + poll + "&delay=" + poll)
                    .routeId("delivery-worker-" + i)
                    .description("Gửi lô bản ghi lên hệ thống đánh giá quốc gia / push batches to the national evaluation system")
                    // only a batch pushed and settled makes the scheduler look again at once: an idle poll, a batch put back
                    // and an error (the database down) wait for the poll interval
                    .setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, constant(false))
                    .bean(worker, "nextBatch")
                    .filter(body().isNotNull())
                        .circuitBreaker()
                            .resilience4jConfiguration().circuitBreaker(BREAKER).end()
                            .bean(worker, "push")
                        .onFallback()
                            .bean(worker, "notSent(${body}, ${exchangeProperty.CamelExceptionCaught})")
                        .end()
                        .setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, exchangeProperty(CircuitBreakerConstants.RESPONSE_SUCCESSFUL_EXECUTION))
                    .end();
        }
    }
}
