package vn.dxhub.faults;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "Done when" of the evidence log, as an operator meets it: {@code verify-evidence} passes on the chain the hubs
 * wrote, then one entry in the middle has its answer rewritten in the database (the HTTP status a push got), the command
 * must name that entry and exit 1, and the entry is put back as it was.
 */
final class EvidenceTampering {

    /** The command's verdict before and after the rewrite, and the entry rewritten. */
    record Result(HubProcess.Finished beforeTampering, long entryId, int statusWas, int statusWritten, HubProcess.Finished afterTampering) {

        boolean detected() {
            return beforeTampering.exitCode() == 0 && afterTampering.exitCode() == 1 && afterTampering.output().contains("id=" + entryId);
        }

        @Override
        public String toString() {
            return "entry " + entryId + " (HTTP " + statusWas + " rewritten as " + statusWritten + "): exit " + beforeTampering.exitCode()
                    + " before, exit " + afterTampering.exitCode() + " after";
        }
    }

    private final JdbcClient jdbc;
    private final Supplier<HubProcess.Finished> verifyEvidence;

    EvidenceTampering(JdbcClient jdbc, Supplier<HubProcess.Finished> verifyEvidence) {
        this.jdbc = jdbc;
        this.verifyEvidence = verifyEvidence;
    }

    Result rewriteOneAnswer() {
        HubProcess.Finished before = verifyEvidence.get();
        List<Long> answered = jdbc.sql("select id from delivery_evidence where response_status is not null order by id").query(Long.class).list();
        if (answered.isEmpty()) {
            throw new AssertionError("no push with an answer in the evidence log to tamper with");
        }
        long id = answered.get(answered.size() / 2);
        int was = jdbc.sql("select response_status from delivery_evidence where id = :id").param("id", id).query(Integer.class).single();
        int written = was == 200 ? 500 : 200;
        setStatus(id, written);
        try {
            return new Result(before, id, was, written, verifyEvidence.get());
        } finally {
            setStatus(id, was);
        }
    }

    private void setStatus(long id, int status) {
        jdbc.sql("update delivery_evidence set response_status = :status where id = :id").param("status", status).param("id", id).update();
    }
}
