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
    private final boolean refusedByExchange;

    private SourceException(Kind kind, String message, int status, Duration retryAfter, Throwable cause, boolean refusedByExchange) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.refusedByExchange = refusedByExchange;
    }

    public static SourceException transientError(String message, int status, Duration retryAfter, Throwable cause) {
        return new SourceException(Kind.TRANSIENT, message, status, retryAfter, cause, false);
    }

    public static SourceException permanent(String message, int status, Throwable cause) {
        return new SourceException(Kind.PERMANENT, message, status, null, cause, false);
    }

    /**
     * The exchange (NDXP) itself refused the call before it reached the source: its status says nothing about the
     * source's own answer (a 400 is not a refused OAuth client), so callers must not read it as the source's.
     */
    static SourceException refusedByExchange(String message, int status) {
        return new SourceException(Kind.PERMANENT, message, status, null, null, true);
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

    /** Whether the exchange refused the call itself (its error header was set), rather than the source answering. */
    public boolean refusedByExchange() {
        return refusedByExchange;
    }

    /** The wait the server asked for (Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
