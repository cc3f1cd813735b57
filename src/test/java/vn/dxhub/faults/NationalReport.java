package vn.dxhub.faults;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the national system simulator in this JVM says it received ({@code GET /sandbox/national/received}), read
 * apart from the hub: the batches it took, every record submission (duplicates included), the duplicates it answered
 * from memory, the outcome of each key counted once, and each key with how often it came.
 */
record NationalReport(long batches, long recordsReceived, long duplicatesSuppressed, Map<String, Long> outcomes, List<Key> keys) {

    record Key(String idempotencyKey, String outcome, int timesReceived, String reason) {}

    Map<String, Key> byKey() {
        return keys.stream().collect(Collectors.toMap(Key::idempotencyKey, Function.identity()));
    }

    long outcome(String code) {
        return outcomes.getOrDefault(code, 0L);
    }
}
