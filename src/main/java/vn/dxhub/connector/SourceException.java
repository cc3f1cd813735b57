package vn.dxhub.connector;

import java.time.Duration;

/**
 * A pull that went wrong, classified: transient (IO, timeout, 5xx, 429, a body cut short) is retried
 * with backoff; permanent (401 after a token refresh, other 4xx, a body that is not the expected format)
 * fails the run at once. The message is written for operators, Vietnamese first.
 */
public class SourceException extends RuntimeException {

    public enum Kind { TRANSIENT, PERMANENT }

    private final Kind kind;
    private final Duration retryAfter;
    private final int status;

    private SourceException(Kind kind, String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static SourceException transientError(String message, int status, Duration retryAfter, Throwable cause) {
        return new SourceException(Kind.TRANSIENT, message, status, retryAfter, cause);
    }

    public static SourceException permanent(String message, int status, Throwable cause) {
        return new SourceException(Kind.PERMANENT, message, status, null, cause);
    }

    /** A body not in the expected format: cut short is transient (fetched again), anything else permanent. */
    public static SourceException unreadable(vn.dxhub.mapping.UnreadablePayloadException e, String requestRef) {
        String message = e.getMessage() + ": " + requestRef;
        return e.isTruncated() ? transientError(message, 200, null, e) : permanent(message, 200, e);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** The HTTP status, or 0 when the failure was not an HTTP answer. */
    public int status() {
        return status;
    }

    /** The wait the server asked for (Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
