package vn.dxhub.delivery;

import java.time.Duration;

/**
 * A batch the national system did not answer record by record. Transient (IO error, timeout, 5xx, 429, an answer cut
 * short or unreadable): the batch is sent again later, Retry-After honoured. Permanent (the national system refused the
 * batch as a whole, e.g. 400 or 413): its records are not retried blindly and stay visible with the reason.
 * The request hash and status are kept for the evidence log; the message names what happened, never a secret.
 */
public class PushFailure extends RuntimeException {

    private final boolean transientFailure;
    private final int status;
    private final Duration retryAfter;
    private final String requestSha256;

    private PushFailure(String message, boolean transientFailure, int status, Duration retryAfter, String requestSha256, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.status = status;
        this.retryAfter = retryAfter;
        this.requestSha256 = requestSha256;
    }

    public static PushFailure transientFailure(String message, int status, Duration retryAfter, String requestSha256, Throwable cause) {
        return new PushFailure(message, true, status, retryAfter, requestSha256, cause);
    }

    public static PushFailure permanent(String message, int status, String requestSha256, Throwable cause) {
        return new PushFailure(message, false, status, null, requestSha256, cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** The HTTP status, or 0 when there was no answer (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** The wait the national system asked for (Retry-After of a 429 or 503), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** SHA-256 of the request body, or null when the request could not even be built. */
    public String requestSha256() {
        return requestSha256;
    }
}
