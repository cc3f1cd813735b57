package vn.dxhub.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every payload exactly as received, compressed, with its SHA-256, before anything maps it.
 * A payload a connector has already archived is recognised by its hash and not processed again.
 */
@Repository
public class PayloadArchive {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PayloadArchive(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where a payload came from; {@code requestRef} names the request (URL and query, file name) and never holds credentials. */
    public record Origin(String sourceSystem, String connectorId, Long runId, String contentType, String requestRef) {}

    /** An archived payload; {@code seenBefore} when the same connector already had and fully processed these exact bytes. */
    public record Archived(long id, String sha256, boolean seenBefore) {}

    @Transactional
    public Archived archive(Origin origin, byte[] body) {
        String sha256 = sha256(body);
        Optional<Archived> existing = find(origin.connectorId(), sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        // "on conflict do nothing": a concurrent insert of the same bytes by another run is not an error
        // (catching the duplicate key instead would leave a PostgreSQL transaction aborted)
        jdbc.sql("""
                        insert into raw_payload (sha256, source_system, connector_id, run_id, content_type, content_encoding,
                                                 body_bytes, size_bytes, request_ref, fetched_at)
                        values (:h, :s, :c, :r, :ct, 'gzip', :b, :n, :ref, :at)
                        on conflict do nothing""")
                .param("h", sha256).param("s", origin.sourceSystem()).param("c", origin.connectorId()).param("r", origin.runId())
                .param("ct", origin.contentType()).param("b", gzip(body)).param("n", body.length)
                .param("ref", truncate(origin.requestRef(), 2000)).param("at", Timestamp.from(clock.instant()))
                .update();
        return find(origin.connectorId(), sha256).orElseThrow();
    }

    /** Marks a payload as fully processed: the same bytes from the same connector are skipped from now on. */
    public void markProcessed(long payloadId) {
        jdbc.sql("update raw_payload set processed_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("id", payloadId).update();
    }

    private Optional<Archived> find(String connectorId, String sha256) {
        return jdbc.sql("select id, processed_at from raw_payload where connector_id = :c and sha256 = :h")
                .param("c", connectorId).param("h", sha256)
                .query((rs, n) -> new Archived(rs.getLong("id"), sha256, rs.getTimestamp("processed_at") != null))
                .optional();
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
