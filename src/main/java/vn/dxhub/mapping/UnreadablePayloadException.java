package vn.dxhub.mapping;

/**
 * A payload that is not in the format its mapping reads. {@code truncated} when the bytes end in the middle
 * of a document (a connection cut short: worth fetching again); otherwise the source sent something else
 * (an HTML error page, a PDF named .xlsx, ...). The message names the format and what was wrong, Vietnamese first.
 */
public class UnreadablePayloadException extends RuntimeException {

    private final boolean truncated;

    public UnreadablePayloadException(String message, boolean truncated, Throwable cause) {
        super(message, cause);
        this.truncated = truncated;
    }

    public boolean isTruncated() {
        return truncated;
    }
}
