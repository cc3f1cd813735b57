package vn.dxhub.delivery;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the national system's answer to a batch, strictly: an answer that is not JSON, is cut short or has no list of
 * records is a transient failure (the batch is sent again); an answer with an outcome word the hub does not know
 * leaves that record unanswered; an answer for a key that is not in the batch is ignored. Both are logged, so the
 * record is sent again and an operator can see why.
 */
final class NationalAnswers {

    private static final Logger log = LoggerFactory.getLogger(NationalAnswers.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NO_REASON = "hệ thống quốc gia không nêu lý do / the national system gave no reason";

    private NationalAnswers() {}

    static PushResult read(byte[] body, Batch batch, int status, String requestSha256, String where) {
        JsonNode records = parse(body, status, requestSha256, where).path("records");
        if (!records.isArray()) {
            throw PushFailure.transientFailure("Phản hồi của hệ thống quốc gia không có danh sách records / the national system's answer has no"
                    + " records list (HTTP " + status + "): " + where, status, null, requestSha256, null);
        }
        Set<String> keys = batch.records().stream().map(OutgoingRecord::idempotencyKey).collect(Collectors.toSet());
        Map<String, RecordAnswer> answers = new LinkedHashMap<>();
        for (JsonNode node : records) {
            String key = node.path("idempotencyKey").asText("");
            if (!keys.contains(key)) {
                log.warn("Lô {}: bỏ qua câu trả lời cho khóa '{}' không có trong lô / batch {}: ignored an answer for a key not in the batch",
                        batch.batchId(), key, batch.batchId());
            } else if (answers.containsKey(key)) {
                log.warn("Lô {}: khóa '{}' được trả lời hai lần, giữ câu trả lời đầu / batch {}: key answered twice, the first answer kept",
                        batch.batchId(), key, batch.batchId());
            } else {
                answer(node, key, batch.batchId()).ifPresent(answer -> answers.put(key, answer));
            }
        }
        List<RecordAnswer> answered = new ArrayList<>(answers.values());
        return new PushResult(requestSha256, status, summary(status, answered, batch.records().size()), answered);
    }

    private static Optional<RecordAnswer> answer(JsonNode node, String key, String batchId) {
        String word = node.path("status").asText("");
        RecordOutcome outcome;
        try {
            outcome = RecordOutcome.ofCode(word);
        } catch (IllegalArgumentException unknown) {
            log.warn("Lô {}: khóa '{}' có kết quả lạ '{}', coi như chưa được trả lời và sẽ gửi lại / batch {}: unknown outcome,"
                    + " the record is left unanswered and sent again", batchId, key, word, batchId);
            return Optional.empty();
        }
        String reason = text(node, "reason");
        if (outcome == RecordOutcome.REJECTED && reason == null) {
            reason = NO_REASON;
        }
        return Optional.of(new RecordAnswer(key, outcome, reason, text(node, "reference"), node.path("duplicate").asBoolean(false)));
    }

    /** "HTTP 200: accepted 3, updated 1, unchanged 0, rejected 1", with the unanswered records when there are any. */
    static String summary(int status, List<RecordAnswer> answers, int sent) {
        Map<RecordOutcome, Integer> counts = new EnumMap<>(RecordOutcome.class);
        answers.forEach(a -> counts.merge(a.outcome(), 1, Integer::sum));
        String summary = "HTTP " + status + ": " + Arrays.stream(RecordOutcome.values())
                .map(o -> o.code() + " " + counts.getOrDefault(o, 0)).collect(Collectors.joining(", "));
        return answers.size() < sent ? summary + ", unanswered " + (sent - answers.size()) : summary;
    }

    private static JsonNode parse(byte[] body, int status, String requestSha256, String where) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonEOFException cut) {
            throw PushFailure.transientFailure("Phản hồi của hệ thống quốc gia bị cắt ngang / the national system's answer was cut short (HTTP "
                    + status + ", " + body.length + " bytes): " + where, status, null, requestSha256, cut);
        } catch (IOException notJson) {
            // reported below with the answers that are JSON but not an object
        }
        throw PushFailure.transientFailure("Phản hồi của hệ thống quốc gia không phải JSON / the national system's answer is not JSON (HTTP "
                + status + ", " + body.length + " bytes): " + where, status, null, requestSha256, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
