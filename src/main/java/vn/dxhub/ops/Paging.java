package vn.dxhub.ops;

import java.util.List;

/**
 * Which slice of a list a request asks for: {@code offset} (default 0) and {@code limit} (default {@value #DEFAULT_LIMIT},
 * at most {@value #MAX_LIMIT}). A value that is not a whole number in range is refused with 400, naming the parameter.
 */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Reads the query parameters as given (null when absent). */
    public static Paging of(String offset, String limit) {
        return new Paging(number("offset", offset, 0, 0, Integer.MAX_VALUE), number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    /** One page of a list, with the size of the whole filtered list so a client can page on. */
    public record Page<T>(List<T> items, long total, int offset, int limit) {

        public static <T> Page<T> of(List<T> items, long total, Paging paging) {
            return new Page<>(items, total, paging.offset(), paging.limit());
        }
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name, text, name + " phải là số nguyên từ " + min + " đến " + max,
                name + " must be a whole number from " + min + " to " + max);
    }
}
