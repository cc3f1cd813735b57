package vn.dxhub.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dxhub.ops.Paging;

/** The links to the previous and next page of a console list, keeping the list's filters; null where there is none. */
record PageLinks(long from, long to, long total, String previous, String next) {

    static PageLinks of(Paging.Page<?> page, HttpServletRequest request) {
        long shown = page.items().size();
        String previous = page.offset() == 0 ? null : at(request, Math.max(0, page.offset() - page.limit()));
        String next = page.offset() + shown >= page.total() ? null : at(request, page.offset() + page.limit());
        return new PageLinks(shown == 0 ? 0 : page.offset() + 1, page.offset() + shown, page.total(), previous, next);
    }

    private static String at(HttpServletRequest request, long offset) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("offset", offset).build().toUriString();
    }
}
