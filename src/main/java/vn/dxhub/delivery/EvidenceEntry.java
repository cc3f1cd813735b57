package vn.dxhub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One push as the evidence log keeps it: when it was sent, the highest attempt number among its deliveries, the batch and
 * its deliveries, the SHA-256 of the request body (null when none could be built), and the national system's answer
 * (HTTP status, null when there was none, and a short summary).
 *
 * <p>Its hash is the SHA-256 of a canonical text: the UTF-8 JSON array
 * {@code ["<previous hash>", "<sent at, ISO-8601>", attempt, "<batch id>", "<delivery ids>", "<request sha256>", status, "<summary>"]},
 * so anyone can recompute the chain from the table alone.
 */
public record EvidenceEntry(Instant sentAt, int attempt, String batchId, String deliveryIds, String requestSha256, Integer responseStatus,
                            String responseSummary) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final int SUMMARY_LENGTH = 4000;

    /** A plain mapper of its own: the hash must not follow changes to the hub's JSON settings. */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    public EvidenceEntry {
        // the database keeps microseconds: what is hashed is what is stored
        sentAt = sentAt.truncatedTo(ChronoUnit.MICROS);
        responseSummary = responseSummary == null || responseSummary.length() <= SUMMARY_LENGTH ? responseSummary
                : responseSummary.substring(0, SUMMARY_LENGTH);
    }

    public String hashAfter(String previousHash) {
        try {
            String canonical = CANONICAL.writeValueAsString(Arrays.asList(previousHash, sentAt.toString(), attempt, batchId, deliveryIds,
                    requestSha256, responseStatus, responseSummary));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("strings and numbers always serialise, and every JVM has SHA-256", e);
        }
    }
}
