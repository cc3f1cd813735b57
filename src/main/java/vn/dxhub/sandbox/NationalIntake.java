package vn.dxhub.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.delivery.RecordOutcome;

/**
 * What the national system simulator holds, apart from HTTP: the answer it gave each idempotency key (a key seen
 * again is answered from memory with duplicate=true and stored no second time) and the current value of each
 * (indicator, unit, period, source system), which decides accepted, updated or unchanged. A record whose indicator or
 * unit the hub's catalog does not know is rejected, and so is the share the fault plan's badRecordRate picks by the
 * key's hash. One batch at a time: two hubs pushing the same key at once store it once.
 */
final class NationalIntake {

    /** The answer to one record, as it goes on the wire. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String idempotencyKey, String status, String reference, String reason, Boolean duplicate) {}

    /** The answer to a batch: the import summary of its records and the answer of each. */
    record Answered(String batchId, Map<String, Integer> importSummary, List<Answer> records) {}

    /** GET /sandbox/national/received: what the simulator has received, for tests. */
    record Report(long batches, long recordsReceived, long duplicatesSuppressed, Map<String, Long> outcomes, List<KeyReport> keys) {}

    record KeyReport(String idempotencyKey, String outcome, int timesReceived, @JsonInclude(JsonInclude.Include.ALWAYS) String reason) {}

    private record Slot(String indicator, String unit, String period, String sourceSystem) {}

    /** A value as the national system compares it: figures without trailing zeros, and the status. */
    private record Figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String status) {
        static Figures of(IntakeBatch.IntakeRecord r) {
            return new Figures(plain(r.value()), plain(r.numerator()), plain(r.denominator()), r.status());
        }

        private static BigDecimal plain(BigDecimal n) {
            return n == null ? null : n.stripTrailingZeros();
        }
    }

    private record Held(String reference, Figures figures) {}

    private static final class Remembered {
        final RecordOutcome outcome;
        final Answer answer;
        int timesReceived = 1;

        Remembered(RecordOutcome outcome, Answer answer) {
            this.outcome = outcome;
            this.answer = answer;
        }
    }

    private final IndicatorCatalog catalog;
    private final ReportingUnits units;
    private final Map<String, Remembered> byKey = new LinkedHashMap<>();
    private final Map<Slot, Held> held = new HashMap<>();
    private long batches;
    private long recordsReceived;
    private long duplicatesSuppressed;
    private long references;

    NationalIntake(IndicatorCatalog catalog, ReportingUnits units) {
        this.catalog = catalog;
        this.units = units;
    }

    synchronized Answered take(IntakeBatch batch, FaultPlan plan) {
        batches++;
        Map<RecordOutcome, Integer> summary = new EnumMap<>(RecordOutcome.class);
        List<Answer> answers = new ArrayList<>(batch.records().size());
        for (IntakeBatch.IntakeRecord record : batch.records()) {
            recordsReceived++;
            Remembered seen = byKey.get(record.idempotencyKey());
            if (seen != null) {
                seen.timesReceived++;
                duplicatesSuppressed++;
                Answer first = seen.answer;
                answers.add(new Answer(first.idempotencyKey(), first.status(), first.reference(), first.reason(), true));
                summary.merge(seen.outcome, 1, Integer::sum);
                continue;
            }
            Remembered decided = decide(record, plan);
            byKey.put(record.idempotencyKey(), decided);
            answers.add(decided.answer);
            summary.merge(decided.outcome, 1, Integer::sum);
        }
        return new Answered(batch.batchId(), codes(summary, Integer.valueOf(0)), answers);
    }

    private Remembered decide(IntakeBatch.IntakeRecord r, FaultPlan plan) {
        long hash = Mix.of(r.idempotencyKey());
        if (catalog.find(r.indicator()).isEmpty()) {
            return rejected(r, NationalRejection.unknown("Chỉ tiêu", "indicator", r.indicator()));
        }
        if (units.find(r.reportingUnit()).isEmpty()) {
            return rejected(r, NationalRejection.unknown("Đơn vị báo cáo", "reporting unit", r.reportingUnit()));
        }
        if (plan.badRecord(hash)) {
            return rejected(r, NationalRejection.reasonFor(hash, r));
        }
        Slot slot = new Slot(r.indicator(), r.reportingUnit(), r.period(), r.sourceSystem());
        Figures figures = Figures.of(r);
        Held before = held.get(slot);
        RecordOutcome outcome = before == null ? RecordOutcome.ACCEPTED : before.figures().equals(figures) ? RecordOutcome.UNCHANGED : RecordOutcome.UPDATED;
        String reference = before == null ? String.format("DTI-%06d", ++references) : before.reference();
        held.put(slot, new Held(reference, figures));
        return new Remembered(outcome, new Answer(r.idempotencyKey(), outcome.code(), reference, null, null));
    }

    private static Remembered rejected(IntakeBatch.IntakeRecord r, String reason) {
        return new Remembered(RecordOutcome.REJECTED, new Answer(r.idempotencyKey(), RecordOutcome.REJECTED.code(), null, reason, null));
    }

    synchronized Report report() {
        Map<RecordOutcome, Long> outcomes = new EnumMap<>(RecordOutcome.class);
        List<KeyReport> keys = new ArrayList<>(byKey.size());
        byKey.values().forEach(k -> {
            outcomes.merge(k.outcome, 1L, Long::sum);
            keys.add(new KeyReport(k.answer.idempotencyKey(), k.outcome.code(), k.timesReceived, k.answer.reason()));
        });
        return new Report(batches, recordsReceived, duplicatesSuppressed, codes(outcomes, Long.valueOf(0)), keys);
    }

    /** Forgets every key, value and count, as a fresh national system (test isolation). */
    synchronized void forget() {
        byKey.clear();
        held.clear();
        batches = 0;
        recordsReceived = 0;
        duplicatesSuppressed = 0;
        references = 0;
    }

    /** Every outcome by its wire word, in the order of the import summary, zero when none. */
    private static <N> Map<String, N> codes(Map<RecordOutcome, N> counts, N zero) {
        Map<String, N> byCode = new LinkedHashMap<>();
        for (RecordOutcome outcome : RecordOutcome.values()) {
            byCode.put(outcome.code(), counts.getOrDefault(outcome, zero));
        }
        return byCode;
    }
}
