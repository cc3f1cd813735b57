package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationStatus;

/** The national system's answer read strictly: what the hub cannot trust is not taken as an answer. */
class NationalAnswersTest {

    private static final Batch BATCH = new Batch("b-1", List.of(record(1), record(2), record(3)));

    private static OutgoingRecord record(long id) {
        return new OutgoingRecord(id, "k-" + id, new Observation("1.4", "01", "2026Q3", BigDecimal.TEN, "percent", null, null,
                ObservationStatus.OFFICIAL, 1, null));
    }

    private static PushResult read(String answer) {
        return NationalAnswers.read(answer.getBytes(StandardCharsets.UTF_8), BATCH, 200, "ab".repeat(32), "POST /batches");
    }

    @Test
    void everyRecordAnsweredWithItsOutcomeReferenceReasonAndDuplicateFlag() {
        PushResult result = read("""
                {"batchId": "b-1", "records": [
                  {"idempotencyKey": "k-2", "status": "updated", "reference": "DTI-000002"},
                  {"idempotencyKey": "k-1", "status": "accepted", "reference": "DTI-000001", "duplicate": true},
                  {"idempotencyKey": "k-3", "status": "rejected", "reason": "Kỳ báo cáo 2026Q3 đã khóa sổ / period 2026Q3 is closed"}]}""");

        assertThat(result.answers()).containsExactly(
                new RecordAnswer("k-2", RecordOutcome.UPDATED, null, "DTI-000002", false),
                new RecordAnswer("k-1", RecordOutcome.ACCEPTED, null, "DTI-000001", true),
                new RecordAnswer("k-3", RecordOutcome.REJECTED, "Kỳ báo cáo 2026Q3 đã khóa sổ / period 2026Q3 is closed", null, false));
        assertThat(result.summary()).isEqualTo("HTTP 200: accepted 1, updated 1, unchanged 0, rejected 1");
        assertThat(result.requestSha256()).isEqualTo("ab".repeat(32));
    }

    @Test
    void anUnknownOutcomeWordLeavesTheRecordUnansweredAndAForeignKeyIsIgnored() {
        PushResult result = read("""
                {"records": [
                  {"idempotencyKey": "k-1", "status": "queued"},
                  {"idempotencyKey": "k-2", "status": "accepted"},
                  {"idempotencyKey": "k-2", "status": "rejected", "reason": "answered twice"},
                  {"idempotencyKey": "k-99", "status": "accepted"},
                  {"status": "accepted"}]}""");

        assertThat(result.answers()).containsExactly(new RecordAnswer("k-2", RecordOutcome.ACCEPTED, null, null, false));
        assertThat(result.summary()).isEqualTo("HTTP 200: accepted 1, updated 0, unchanged 0, rejected 0, unanswered 2");
    }

    @Test
    void aRejectionWithoutAReasonSaysSo() {
        assertThat(read("{\"records\": [{\"idempotencyKey\": \"k-1\", \"status\": \"rejected\"}]}").answers())
                .singleElement().extracting(RecordAnswer::reason).isEqualTo(NationalAnswers.NO_REASON);
    }

    @Test
    void anAnswerThatCannotBeReadIsATransientFailure() {
        for (String answer : List.of("<html>Bad Gateway</html>", "{\"records\": [{\"idempotencyKey\": \"k-1\", \"sta", "{\"ok\": true}", "[]", "")) {
            PushFailure failure = catchThrowableOfType(PushFailure.class, () -> read(answer));
            assertThat(failure).as(answer).isNotNull();
            assertThat(failure.isTransient()).isTrue();
            assertThat(failure.requestSha256()).isEqualTo("ab".repeat(32));
        }
        assertThat(catchThrowableOfType(PushFailure.class, () -> read("{\"records\": [{\"idempotencyKey\": \"k-1\", \"sta")).getMessage())
                .contains("cut short");
    }
}
