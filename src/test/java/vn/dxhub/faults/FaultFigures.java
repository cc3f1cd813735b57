package vn.dxhub.faults;

import java.util.ArrayList;
import java.util.List;

/** The suite's closing figures: one block that starts with a line "FAULT SUITE", one figure a line, for CI logs. */
final class FaultFigures {

    private final List<String> lines = new ArrayList<>();

    FaultFigures add(String label, Object value) {
        lines.add(String.format("  %-34s %s", label + ":", value));
        return this;
    }

    /** What the hub holds against the sources. */
    FaultFigures pulled(PullReconciliation.Report report) {
        PullReconciliation.Runs runs = report.runs();
        return add("records expected", (report.expectedGood() + report.expectedBad()) + " (" + report.expectedGood() + " good, "
                        + report.expectedBad() + " spoiled by the source)")
                .add("stored", report.stored() + " (" + report.wrongFigures().size() + " with wrong figures)")
                .add("quarantined", report.quarantineEntries())
                .add("revisions", report.revisions() + " (" + report.revisionsWithoutDelivery() + " without a delivery row)")
                .add("runs", runs.total() + " (failed and retried: " + runs.failedTransient() + " transient, " + runs.failedPermanent()
                        + " permanent; left running: " + runs.running().size() + ")");
    }

    /** What the hubs pushed and what the national system took, its outcomes counted once per key. */
    FaultFigures pushed(PushReconciliation.Report report) {
        NationalReport received = report.national();
        return add("sent", report.evidenceEntries() + " batches, " + report.evidenceRecords() + " records (every push in the evidence log)")
                .add("national system took", received.batches() + " batches, " + received.recordsReceived() + " records, "
                        + received.keys().size() + " keys")
                .add("accepted", received.outcome("accepted"))
                .add("updated", received.outcome("updated"))
                .add("unchanged", received.outcome("unchanged"))
                .add("rejected", received.outcome("rejected") + " (hub: " + report.state("rejected") + ", with the national system's reason)")
                .add("retried", report.retried() + " (attempts beyond the first)")
                .add("duplicates suppressed", received.duplicatesSuppressed() + " (receipts marked duplicate: " + report.duplicateReceipts() + ")")
                .add("dead", report.state("dead"));
    }

    String block() {
        return "FAULT SUITE\n" + String.join("\n", lines);
    }
}
