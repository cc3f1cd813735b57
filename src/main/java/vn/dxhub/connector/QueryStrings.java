package vn.dxhub.connector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Appends encoded query parameters to a URL that may already have some. */
public final class QueryStrings {

    private QueryStrings() {}

    public static String append(String url, Map<String, String> params) {
        StringBuilder s = new StringBuilder(url);
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey() == null || p.getKey().isBlank()) {
                continue;
            }
            s.append(s.indexOf("?") < 0 ? '?' : '&')
                    .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
