package vn.dxhub.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A national system for tests that behaves like the real intake: it answers each record by its idempotency key,
 * remembers the keys it took (a key seen again is unchanged and a duplicate), and can be told to fail the next calls,
 * be down, reject or leave out records, force an outcome, or be slow. It records every batch it received and when.
 */
public class FakeNationalSystem implements NationalSystem {

    public record Call(Instant at, Batch batch) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final Map<String, String> rejections = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> leftOut = new ConcurrentHashMap<>();
    private final Map<String, RecordOutcome> outcomes = new ConcurrentHashMap<>();
    private final Queue<Supplier<PushFailure>> nextFailures = new ConcurrentLinkedQueue<>();
    private volatile Supplier<PushFailure> down;
    private volatile Duration latency = Duration.ZERO;

    @Override
    public PushResult push(Batch batch) {
        calls.add(new Call(Instant.now(), batch));
        pause(latency);
        Supplier<PushFailure> failure = down != null ? down : nextFailures.poll();
        if (failure != null) {
            throw failure.get();
        }
        List<RecordAnswer> answers = new ArrayList<>();
        for (OutgoingRecord record : batch.records()) {
            String key = record.idempotencyKey();
            AtomicInteger times = leftOut.get(key);
            if (times != null && times.getAndDecrement() > 0) {
                continue;
            }
            if (rejections.containsKey(key)) {
                answers.add(new RecordAnswer(key, RecordOutcome.REJECTED, rejections.get(key), null, false));
                continue;
            }
            boolean seen = held.containsKey(key);
            String reference = held.computeIfAbsent(key, k -> "DTI-" + (held.size() + 1));
            RecordOutcome outcome = outcomes.getOrDefault(key, seen ? RecordOutcome.UNCHANGED : RecordOutcome.ACCEPTED);
            answers.add(new RecordAnswer(key, outcome, null, reference, seen));
        }
        Map<RecordOutcome, Long> counts = answers.stream().collect(Collectors.groupingBy(RecordAnswer::outcome, Collectors.counting()));
        return new PushResult(requestSha256(batch), 200, "importSummary " + counts, answers);
    }

    public static PushFailure unavailable() {
        return PushFailure.transientFailure("HTTP 503 Service Unavailable", 503, null, "a".repeat(64), null);
    }

    public static PushFailure tooManyRequests(Duration retryAfter) {
        return PushFailure.transientFailure("HTTP 429 Too Many Requests", 429, retryAfter, "a".repeat(64), null);
    }

    public static PushFailure refused() {
        return PushFailure.permanent("lô sai lược đồ / the batch does not follow the schema", 422, "a".repeat(64), null);
    }

    public void failNext(Supplier<PushFailure> failure, int times) {
        for (int i = 0; i < times; i++) {
            nextFailures.add(failure);
        }
    }

    public void goDown(Supplier<PushFailure> failure) {
        down = failure;
    }

    public void comeBack() {
        down = null;
    }

    public void reject(String key, String reason) {
        rejections.put(key, reason);
    }

    public void leaveOut(String key, int times) {
        leftOut.put(key, new AtomicInteger(times));
    }

    public void answer(String key, RecordOutcome outcome) {
        outcomes.put(key, outcome);
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    public void reset() {
        calls.clear();
        held.clear();
        rejections.clear();
        leftOut.clear();
        outcomes.clear();
        nextFailures.clear();
        down = null;
        latency = Duration.ZERO;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long timesReceived(String key) {
        return calls.stream().flatMap(c -> c.batch().records().stream()).filter(r -> r.idempotencyKey().equals(key)).count();
    }

    public Instant firstReceived(String key) {
        return calls.stream().filter(c -> c.batch().records().stream().anyMatch(r -> r.idempotencyKey().equals(key)))
                .map(Call::at).findFirst().orElseThrow();
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String requestSha256(Batch batch) {
        String keys = batch.batchId() + batch.records().stream().map(OutgoingRecord::idempotencyKey).collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keys.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
