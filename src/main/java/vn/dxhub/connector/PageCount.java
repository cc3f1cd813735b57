package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxhub.mapping.JsonPaths;

/** Reads how many pages a paged REST answer says there are, at a JSONPath the connector is configured with. */
public final class PageCount {

    private PageCount() {}

    /** More pages than this for one period is not an answer to follow: a source that pages on forever fails the run. */
    static final int MOST_PAGES = 100_000;

    /** The page count at {@code path}; 1 when the path is empty (the service does not page). */
    public static int of(JsonNode answer, String path, String parameter) {
        if (path == null || path.isBlank()) {
            return 1;
        }
        JsonNode total = JsonPaths.read(answer, path);
        if (total == null || !(total.canConvertToInt() || total.asText().strip().matches("\\d+"))) {
            throw SourceException.permanent("Không đọc được tổng số trang ở " + path + " / no page count at " + path + "; set " + parameter
                    + " to the answer's page count, or empty when the service does not page", 200, null);
        }
        String digits = total.asText().strip();
        if (digits.length() > 9 || Integer.parseInt(digits) > MOST_PAGES) {
            throw SourceException.permanent("Nguồn báo " + digits + " trang, quá " + MOST_PAGES + " trang cho một kỳ / the source claims "
                    + digits + " pages, more than " + MOST_PAGES + " for one period (at " + path + ")", 200, null);
        }
        return Math.max(1, Integer.parseInt(digits));
    }
}
