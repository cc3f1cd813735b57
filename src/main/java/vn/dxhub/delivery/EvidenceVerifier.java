package vn.dxhub.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the evidence chain from the first entry and reports the first break: an entry whose content no longer gives
 * its hash (altered), an entry whose previous hash is not the hash of the entry before it (an entry removed or altered
 * between them), or a chain that ends before the head says it does (the last entries removed). The chain and its head
 * are read in one snapshot, so pushes going on meanwhile do not look like a break.
 */
@Component
public class EvidenceVerifier {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public EvidenceVerifier(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The outcome: intact with its number of entries, or the first broken entry with what is wrong, in Vietnamese and English. */
    public record Verdict(boolean intact, long entries, Long brokenEntryId, String message) {}

    private record Head(Long lastEntryId, String lastHash, long entries) {}

    public Verdict verify() {
        return snapshot.execute(status -> {
            Head head = jdbc.sql("select last_entry_id, last_hash, entries from delivery_evidence_head where id = 1")
                    .query((rs, n) -> new Head(rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3))).single();
            Walk walk = new Walk();
            jdbc.sql("""
                            select id, sent_at, attempt, batch_id, delivery_ids, request_sha256, response_status, response_summary,
                                   previous_hash, entry_hash
                            from delivery_evidence order by id""")
                    .query(walk::next);
            return walk.broken != null ? walk.broken : walk.against(head);
        });
    }

    /** Follows the chain row by row, keeping only the last hash, so a long log is checked in constant memory. */
    private static final class Walk {
        String expectedPrevious = EvidenceEntry.GENESIS;
        Long lastId;
        long count;
        Verdict broken;

        void next(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            long id = rs.getLong("id");
            EvidenceEntry entry = new EvidenceEntry(rs.getTimestamp("sent_at").toInstant(), rs.getInt("attempt"), rs.getString("batch_id"),
                    rs.getString("delivery_ids"), rs.getString("request_sha256"), rs.getObject("response_status", Integer.class),
                    rs.getString("response_summary"));
            if (!expectedPrevious.equals(rs.getString("previous_hash"))) {
                broken = new Verdict(false, count, id, lastId == null
                        ? "Chuỗi bằng chứng bị phá vỡ tại mục id=" + id + ": mục đầu tiên không bắt đầu từ gốc của chuỗi, các mục trước nó đã bị xóa"
                                + " / evidence chain broken at entry id=" + id + ": the first entry does not start from the chain's origin, the entries before it were removed"
                        : "Chuỗi bằng chứng bị phá vỡ tại mục id=" + id + ": previous_hash không khớp mục trước nó (id=" + lastId
                                + "), một mục giữa chúng đã bị xóa hoặc sửa / evidence chain broken at entry id=" + id
                                + ": its previous_hash does not match the entry before it (id=" + lastId + "), an entry between them was removed or altered");
                return;
            }
            String hash = entry.hashAfter(expectedPrevious);
            if (!hash.equals(rs.getString("entry_hash"))) {
                broken = new Verdict(false, count, id, "Chuỗi bằng chứng bị phá vỡ tại mục id=" + id + " (lô " + entry.batchId()
                        + "): nội dung mục đã bị sửa, mã băm không khớp / evidence chain broken at entry id=" + id + " (batch " + entry.batchId()
                        + "): the entry was altered, its hash does not match its content");
                return;
            }
            expectedPrevious = hash;
            lastId = id;
            count++;
        }

        Verdict against(Head head) {
            if (count != head.entries() || !expectedPrevious.equals(head.lastHash())) {
                String afterVi = lastId == null ? "" : " sau mục id=" + lastId;
                String afterEn = lastId == null ? "" : " after entry id=" + lastId;
                return new Verdict(false, count, lastId, "Chuỗi bằng chứng bị cắt cụt" + afterVi + ": đầu chuỗi ghi " + head.entries()
                        + " mục, mục cuối id=" + head.lastEntryId() + ", nhưng chỉ còn " + count + " mục nối liền, các mục cuối đã bị xóa"
                        + " / evidence chain truncated" + afterEn + ": the head records " + head.entries() + " entries ending at id="
                        + head.lastEntryId() + " but " + count + " chained entries remain, the last entries were removed");
            }
            return new Verdict(true, count, null, "Chuỗi bằng chứng nguyên vẹn: " + count + " mục / chain intact: " + count + " entries");
        }
    }
}
