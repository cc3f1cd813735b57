package vn.dxhub.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares the hub's delivery outbox, receipts and evidence log with what the national system simulator says it
 * received ({@link NationalReport}): the simulator must hold exactly the hub's revisions, each stored once (a key sent
 * again only as a duplicate it suppressed), every settled delivery must carry the simulator's answer as its one receipt
 * (a rejection with the simulator's reason), and nothing may be left waiting, in flight or dead.
 */
final class PushReconciliation {

    /** Where the hub's deliveries stand against the national system. Idempotency keys name each discrepancy. */
    record Report(Map<String, Long> states, List<String> unsettled, List<String> missingAtNational, List<String> unknownToHub,
                  List<String> withoutReceipt, List<String> receiptsRepeated, List<String> answersDiffering, long receivedAgainNotSuppressed,
                  long outcomesCountedTwice, long evidenceEntries, long evidenceRecords, long retried, long duplicateReceipts,
                  NationalReport national) {

        long state(String state) {
            return states.getOrDefault(state, 0L);
        }

        /** Revisions the national system never received. */
        int lost() {
            return missingAtNational.size();
        }

        /**
         * Revisions kept more than once: a delivery with two receipts, a key the national system received again without
         * answering it as a duplicate, an outcome counted twice.
         */
        long duplicated() {
            return receiptsRepeated.size() + Math.abs(receivedAgainNotSuppressed) + Math.abs(outcomesCountedTwice);
        }
    }

    private record Row(long id, String key, String state, int attempts, String lastError) {}

    private record Receipt(String outcome, String reason, boolean duplicate) {}

    private final JdbcClient jdbc;

    PushReconciliation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report report(NationalReport national) {
        Map<String, NationalReport.Key> received = national.byKey();
        Map<Long, List<Receipt>> receipts = receipts();
        Map<String, Long> states = new TreeMap<>();
        List<String> unsettled = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> withoutReceipt = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        Set<String> hubKeys = new HashSet<>();
        long retried = 0;
        for (Row row : rows()) {
            hubKeys.add(row.key());
            states.merge(row.state(), 1L, Long::sum);
            retried += Math.max(0, row.attempts() - 1);
            boolean settled = "delivered".equals(row.state()) || "rejected".equals(row.state());
            if (!settled) {
                unsettled.add(row.key() + " " + row.state() + " after " + row.attempts() + " attempt(s): " + row.lastError());
            }
            NationalReport.Key key = received.get(row.key());
            if (key == null) {
                missing.add(row.key() + " " + row.state());
            }
            List<Receipt> own = receipts.getOrDefault(row.id(), List.of());
            if (settled && own.isEmpty()) {
                withoutReceipt.add(row.key() + " " + row.state());
            }
            if (own.size() > 1) {
                repeated.add(row.key() + " x" + own.size());
            }
            if (key != null && settled && !own.isEmpty()) {
                differing.addAll(differences(row, own.get(0), key));
            }
        }
        List<String> unknown = received.keySet().stream().filter(key -> !hubKeys.contains(key)).sorted().toList();
        long receivedAgain = national.keys().stream().mapToLong(key -> key.timesReceived() - 1L).sum();
        long outcomesCounted = national.outcomes().values().stream().mapToLong(Long::longValue).sum();
        long duplicateReceipts = receipts.values().stream().flatMap(List::stream).filter(Receipt::duplicate).count();
        List<String> batches = jdbc.sql("select delivery_ids from delivery_evidence").query(String.class).list();
        long evidenceRecords = batches.stream().mapToLong(ids -> ids.split(",").length).sum();
        return new Report(states, unsettled, missing, unknown, withoutReceipt, repeated, differing, receivedAgain - national.duplicatesSuppressed(),
                outcomesCounted - national.keys().size(), batches.size(), evidenceRecords, retried, duplicateReceipts, national);
    }

    /** Where the hub's receipt and state differ from the national system's answer for the key. */
    private static List<String> differences(Row row, Receipt receipt, NationalReport.Key key) {
        List<String> differences = new ArrayList<>();
        if (!receipt.outcome().equals(key.outcome())) {
            differences.add(row.key() + ": receipt '" + receipt.outcome() + "', national system '" + key.outcome() + "'");
        }
        boolean rejected = "rejected".equals(key.outcome());
        if (!row.state().equals(rejected ? "rejected" : "delivered")) {
            differences.add(row.key() + ": state " + row.state() + " for the national system's '" + key.outcome() + "'");
        }
        if (rejected && !(Objects.equals(receipt.reason(), key.reason()) && Objects.equals(row.lastError(), key.reason()))) {
            differences.add(row.key() + ": rejected for '" + key.reason() + "', the hub kept '" + receipt.reason() + "' / '" + row.lastError() + "'");
        }
        return differences;
    }

    private List<Row> rows() {
        return jdbc.sql("select id, idempotency_key, state, attempts, last_error from delivery order by id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    private Map<Long, List<Receipt>> receipts() {
        Map<Long, List<Receipt>> receipts = new HashMap<>();
        jdbc.sql("select delivery_id, outcome, reason, duplicate from delivery_receipt order by id")
                .query(rs -> {
                    receipts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Receipt(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        return receipts;
    }
}
