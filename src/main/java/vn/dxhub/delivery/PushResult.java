package vn.dxhub.delivery;

import java.util.List;

/**
 * A batch the national system answered: the SHA-256 of the exact request body sent (for the evidence log), the HTTP
 * status, a short summary of the answer for operators and the evidence log, and the answer of each record. A record of
 * the batch missing from the answers was not answered and is sent again.
 */
public record PushResult(String requestSha256, int status, String summary, List<RecordAnswer> answers) {

    public PushResult {
        answers = List.copyOf(answers);
    }
}
