package vn.dxhub.connector.fhir;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.dxhub.connector.SourceException;

/**
 * Follows the {@code next} links of a FHIR search, refusing the ones that would go wrong: a link back to a page
 * already read (the search would never end), a link to another server (the hub's token would go with it), a next
 * link on a page without entries, and more pages than the connector allows. Each is a permanent error naming the link.
 */
final class NextLinks {

    private final String connectorId;
    private final URI base;
    private final int maxPages;
    private final Set<String> visited = new HashSet<>();

    NextLinks(String connectorId, String baseUrl, int maxPages) {
        this.connectorId = connectorId;
        this.base = URI.create(baseUrl.strip());
        this.maxPages = maxPages;
    }

    /** Records the first page of a search. */
    void first(String url) {
        visited.add(url);
    }

    /**
     * The absolute URL of the next page, or null when the page has no next link.
     *
     * @param current the page just read
     * @param next    its next link as the server wrote it (absolute or relative), or null
     * @param entries how many entries that page had
     */
    String follow(String current, String next, int entries) {
        if (next == null || next.isBlank()) {
            return null;
        }
        URI target = resolve(current, next);
        if (!sameServer(target)) {
            throw refused("liên kết trang sau trỏ tới máy chủ khác hoặc ra ngoài địa chỉ FHIR (" + target.getScheme() + "://"
                    + target.getAuthority() + target.getPath() + "), hub không gửi token tới đó",
                    "the next link points to another server or outside the FHIR base; the hub's token is not sent there", next);
        }
        if (entries == 0) {
            throw refused("trang không có bản ghi nào nhưng vẫn có liên kết trang sau", "a page without entries still has a next link", next);
        }
        String url = target.toString();
        if (!visited.add(url)) {
            throw refused("liên kết trang sau quay lại một trang đã đọc (vòng lặp)", "the next link points back to a page already read (a loop)", next);
        }
        if (visited.size() > maxPages) {
            throw refused("vượt quá " + maxPages + " trang (maxPages) cho một kỳ", "more than " + maxPages + " pages (maxPages) for one period", next);
        }
        return url;
    }

    private URI resolve(String current, String next) {
        try {
            return new URI(current).resolve(new URI(next.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused("liên kết trang sau không phải URL", "the next link is not a URL", next);
        }
    }

    private boolean sameServer(URI target) {
        return target.getScheme() != null && target.getHost() != null
                && base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().toLowerCase(Locale.ROOT).equals(target.getHost().toLowerCase(Locale.ROOT))
                && Objects.equals(port(base), port(target))
                && within(base.getPath(), target.getPath());
    }

    /** Whether a link's path is the FHIR base or under it: another application on the same host gets no token either. */
    private static boolean within(String basePath, String path) {
        String root = basePath == null ? "" : basePath.replaceAll("/+$", "");
        String p = path == null ? "" : path;
        return p.equals(root) || p.startsWith(root + "/") || root.isEmpty();
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private SourceException refused(String whyVi, String whyEn, String next) {
        return SourceException.permanent(connectorId + ": máy chủ FHIR phân trang sai, " + whyVi + " / the FHIR server pages wrongly, "
                + whyEn + ": " + next, 200, null);
    }
}
