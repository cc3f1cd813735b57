package vn.dxhub.delivery;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only evidence of every push, each entry chained to the one before by hash. An append locks the single head
 * row, so the appends of every worker of every instance form one chain, and the head names the last entry and the
 * count, so that removing the last entries is detected as well as altering or removing one in the middle.
 */
@Repository
public class EvidenceLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public EvidenceLog(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Appends the entry in the caller's transaction (or a new one); returns its id. */
    public long append(EvidenceEntry entry) {
        return tx.execute(status -> {
            String previous = jdbc.sql("select last_hash from delivery_evidence_head where id = 1 for update").query(String.class).single();
            String hash = entry.hashAfter(previous);
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into delivery_evidence (sent_at, attempt, batch_id, delivery_ids, request_sha256, response_status,
                                                           response_summary, previous_hash, entry_hash)
                            values (:at, :attempt, :batch, :ids, :sha, :status, :summary, :previous, :hash)""")
                    .param("at", Timestamp.from(entry.sentAt())).param("attempt", entry.attempt()).param("batch", entry.batchId())
                    .param("ids", entry.deliveryIds()).param("sha", entry.requestSha256()).param("status", entry.responseStatus())
                    .param("summary", entry.responseSummary()).param("previous", previous).param("hash", hash)
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            jdbc.sql("update delivery_evidence_head set last_entry_id = :id, last_hash = :hash, entries = entries + 1 where id = 1")
                    .param("id", id).param("hash", hash)
                    .update();
            return id;
        });
    }
}
