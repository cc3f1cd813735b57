package vn.dxhub.sandbox;

import java.util.List;

/**
 * How unhealthy one simulator is: a delay on every answer, a slow trickle of the body, a share of
 * invalid data records, and a queue of one-shot faults for the next requests in order.
 *
 * @param latencyMs             added before every answer
 * @param trickleBytesPerSecond 0 = off; otherwise the body is written in small flushed chunks at this rate
 * @param badRecordRate         0..1, the share of data records made invalid (decided per record index, so deterministic)
 * @param next                  one-shot faults, applied to the next matching requests in order
 */
record FaultPlan(long latencyMs, int trickleBytesPerSecond, double badRecordRate, List<OneShot> next) {

    static final FaultPlan HEALTHY = new FaultPlan(0, 0, 0, List.of());

    /**
     * The one-shot faults. The filter applies the first nine to any simulator by itself: XXE and BILLION_LAUGHS answer
     * 200 with a hostile XML document (see {@link HostileXml}) instead of the real answer. The others change what the
     * simulator answers, so only a simulator that serves such content honours them (the FHIR server does):
     * PERSONAL_DATA, a record about one person among the aggregates (an individual-level MeasureReport); PAGING_LOOP,
     * a next link back to the page itself; FOREIGN_NEXT_LINK, a next link to another host. The national system honours
     * ANSWER_LOST: it takes the batch, then the answer is lost (a gateway's 502), the case idempotency keys exist for.
     */
    enum Kind {
        HTTP_500, HTTP_503, HTTP_429, HTTP_401, MALFORMED, TRUNCATED, TIMEOUT, XXE, BILLION_LAUGHS, PERSONAL_DATA, PAGING_LOOP, FOREIGN_NEXT_LINK,
        ANSWER_LOST;

        /** Whether the simulator itself must produce the fault in its answer. */
        boolean inContent() {
            return ordinal() >= PERSONAL_DATA.ordinal();
        }
    }

    /**
     * A fault for the next {@code count} requests (default 1) whose path contains {@code path} (default: any path).
     *
     * @param retryAfterSeconds the Retry-After header of HTTP_429 (default 1) and, when set, of HTTP_503
     */
    record OneShot(Kind fault, int count, Integer retryAfterSeconds, String path) {
        OneShot {
            if (fault == null) {
                throw new IllegalArgumentException("fault is required: one of " + List.of(Kind.values()));
            }
            if (count < 0) {
                throw new IllegalArgumentException("count must be 0 or more (0 means 1)");
            }
            count = count == 0 ? 1 : count;
            if (retryAfterSeconds == null && fault == Kind.HTTP_429) {
                retryAfterSeconds = 1;
            }
        }

        boolean appliesTo(String requestPath) {
            return path == null || path.isEmpty() || requestPath.contains(path);
        }

        OneShot used() {
            return new OneShot(fault, count - 1, retryAfterSeconds, path);
        }
    }

    FaultPlan {
        if (latencyMs < 0 || trickleBytesPerSecond < 0) {
            throw new IllegalArgumentException("latencyMs and trickleBytesPerSecond must be 0 or more");
        }
        if (!(badRecordRate >= 0 && badRecordRate <= 1)) {
            throw new IllegalArgumentException("badRecordRate must be between 0 and 1");
        }
        next = next == null ? List.of() : List.copyOf(next);
    }

    /** Whether the record with this hash is made invalid: hash % 1000 < rate * 1000. */
    boolean badRecord(long recordHash) {
        return badRecordRate > 0 && Mix.below(Mix.salt(recordHash, 991), 1000) < badRecordRate * 1000;
    }

    FaultPlan withNext(List<OneShot> remaining) {
        return new FaultPlan(latencyMs, trickleBytesPerSecond, badRecordRate, remaining);
    }
}
