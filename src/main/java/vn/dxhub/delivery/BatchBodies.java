package vn.dxhub.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import vn.dxhub.observation.Observation;

/**
 * The request body of one batch as docs/national-intake.md writes it: the schema word, the batch id, the sender and
 * each record's idempotency key with its observation in the common schema v1. Figures are written as plain decimals
 * (never 1E+2) and times in ISO 8601, so the bytes, and their SHA-256 kept in the evidence log, are stable.
 */
final class BatchBodies {

    static final String SCHEMA = "dxhub-observation-v1";

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer();

    private record Body(String schema, String batchId, String sender, List<Entry> records) {}

    private record Entry(String idempotencyKey, Observation observation) {}

    private BatchBodies() {}

    static byte[] write(Batch batch, String sender) {
        List<Entry> records = batch.records().stream().map(r -> new Entry(r.idempotencyKey(), r.observation())).toList();
        try {
            return WRITER.writeValueAsBytes(new Body(SCHEMA, batch.batchId(), sender, records));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch " + batch.batchId() + " cannot be written as JSON", e);
        }
    }
}
