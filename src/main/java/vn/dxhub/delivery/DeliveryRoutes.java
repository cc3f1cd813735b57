package vn.dxhub.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

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
                    .bean(worker, "nextBatch")
                    .choice()
                        .when(body().isNull())
                            .setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, constant(false))
                        .otherwise()
                            .circuitBreaker()
                                .resilience4jConfiguration().circuitBreaker(BREAKER).end()
                                .bean(worker, "push")
                            .onFallback()
                                .setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, constant(false))
                                .bean(worker, "notSent(${body}, ${exchangeProperty.CamelExceptionCaught})")
                            .end()
                    .end();
        }
    }
}
