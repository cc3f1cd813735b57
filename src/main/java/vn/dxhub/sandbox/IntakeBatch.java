package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A batch as the national system simulator reads it (docs/national-intake.md), checked whole before anything is
 * stored: the schema word, the batch id, the sender, at most the largest batch it takes, and for every record a key
 * of its own and the observation fields the common schema v1 requires. The first mistake refuses the batch, naming
 * the field, as the national system's 400 (or 413) would.
 */
record IntakeBatch(String batchId, String sender, List<IntakeRecord> records) {

    static final String SCHEMA = "dxhub-observation-v1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(S[12]|Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final Set<String> UNITS_OF_MEASURE = Set.of("percent", "count", "rank", "score", "amount");
    private static final Set<String> STATUSES = Set.of("provisional", "official");

    /** One record: its key and the observation fields the national system keeps. */
    record IntakeRecord(String idempotencyKey, String indicator, String reportingUnit, String period, BigDecimal value,
                        BigDecimal numerator, BigDecimal denominator, String status, String sourceSystem) {}

    /** Why a batch is refused whole: the HTTP status (400 or 413), the field and the message ("vi / en"). */
    static final class Refused extends RuntimeException {
        private final int status;
        private final String field;

        Refused(int status, String field, String message) {
            super(message);
            this.status = status;
            this.field = field;
        }

        int status() { return status; }
        String field() { return field; }
    }

    static IntakeBatch read(byte[] body, int maxBatchSize) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new Refused(400, "$", "Nội dung không phải một đối tượng JSON / the body is not a JSON object");
        }
        if (!SCHEMA.equals(root.path("schema").asText(null))) {
            throw new Refused(400, "schema", "Trường schema phải là '" + SCHEMA + "', nhận '" + root.path("schema").asText("")
                    + "' / schema must be '" + SCHEMA + "'");
        }
        String batchId = text(root, "batchId", "batchId");
        String sender = text(root, "sender", "sender");
        JsonNode records = root.path("records");
        if (!records.isArray() || records.isEmpty()) {
            throw new Refused(400, "records", "Trường records phải là danh sách có ít nhất một bản ghi / records must list at least one record");
        }
        if (records.size() > maxBatchSize) {
            throw new Refused(413, "records", "Lô có " + records.size() + " bản ghi, quá " + maxBatchSize + " / the batch has " + records.size()
                    + " records, more than " + maxBatchSize);
        }
        List<IntakeRecord> read = new ArrayList<>(records.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            IntakeRecord record = record(records.get(i), "records[" + i + "]");
            if (!keys.add(record.idempotencyKey())) {
                throw new Refused(400, "records[" + i + "].idempotencyKey", "Khóa '" + record.idempotencyKey() + "' xuất hiện hai lần trong lô"
                        + " / the key appears twice in the batch");
            }
            read.add(record);
        }
        return new IntakeBatch(batchId, sender, read);
    }

    private static IntakeRecord record(JsonNode node, String at) {
        String key = text(node, "idempotencyKey", at + ".idempotencyKey");
        JsonNode o = node.path("observation");
        String where = at + ".observation";
        if (!o.isObject()) {
            throw missing(where);
        }
        String period = text(o, "period", where + ".period");
        if (!PERIOD.matcher(period).matches()) {
            throw new Refused(400, where + ".period", "Kỳ báo cáo '" + period + "' không hợp lệ / invalid period id");
        }
        oneOf(o, "unitOfMeasure", where, UNITS_OF_MEASURE);
        String status = oneOf(o, "status", where, STATUSES);
        JsonNode source = o.path("source");
        return new IntakeRecord(key, text(o, "indicator", where + ".indicator"), text(o, "reportingUnit", where + ".reportingUnit"), period,
                number(o, "value", where, true), number(o, "numerator", where, false), number(o, "denominator", where, false), status,
                source.path("system").asText(""));
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(field);
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new Refused(400, field, "Trường " + field + " phải là chuỗi không rỗng / " + field + " must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static String oneOf(JsonNode node, String name, String where, Set<String> allowed) {
        String value = text(node, name, where + "." + name);
        if (!allowed.contains(value)) {
            throw new Refused(400, where + "." + name, "Giá trị '" + value + "' của " + where + "." + name + " không thuộc " + allowed
                    + " / not one of " + allowed);
        }
        return value;
    }

    private static BigDecimal number(JsonNode node, String name, String where, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw missing(where + "." + name);
            }
            return null;
        }
        if (!value.isNumber()) {
            throw new Refused(400, where + "." + name, "Trường " + where + "." + name + " phải là số / " + where + "." + name + " must be a number");
        }
        return value.decimalValue();
    }

    private static Refused missing(String field) {
        return new Refused(400, field, "Thiếu trường " + field + " / " + field + " is missing");
    }
}
