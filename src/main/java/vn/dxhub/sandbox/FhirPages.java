package vn.dxhub.sandbox;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the FHIR simulator: searchset Bundle pages with their total, self and next links (the same search
 * with {@code _offset}), single resources, in JSON or XML, and the content faults a FHIR server can commit.
 */
final class FhirPages {

    /** The FHIR format of an answer: {@code _format} decides, else the Accept header, else JSON. */
    enum Encoding {
        JSON("application/fhir+json;charset=UTF-8"), XML("application/fhir+xml;charset=UTF-8");

        final String contentType;

        Encoding(String contentType) {
            this.contentType = contentType;
        }

        static Encoding of(HttpServletRequest request) {
            String format = request.getParameter("_format");
            String asked = (format != null ? format : String.valueOf(request.getHeader(HttpHeaders.ACCEPT))).toLowerCase(Locale.ROOT);
            return asked.contains("xml") ? XML : JSON;
        }
    }

    private final FhirReports reports;
    private final FhirContext fhir;

    FhirPages(FhirReports reports, FhirContext fhir) {
        this.reports = reports;
        this.fhir = fhir;
    }

    ResponseEntity<String> page(HttpServletRequest request, FhirSearch search, Encoding encoding, FaultPlan plan, FaultPlan.Kind fault) {
        String base = publicUrl(request).replaceFirst("/MeasureReport$", "");
        List<FhirReports.Key> matches = reports.keys().stream().filter(k -> search.matches(k, reports.window(k))).toList();
        int from = Math.min(search.offset, matches.size());
        int to = Math.min(matches.size(), from + search.count);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(matches.size());
        bundle.addLink().setRelation("self").setUrl(link(base, request, search.offset));
        String next = fault == FaultPlan.Kind.PAGING_LOOP ? request.getRequestURL() + "?" + request.getQueryString()
                : to < matches.size() && search.count > 0 ? next(base, request, to, fault) : null;
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(next);
        }
        for (FhirReports.Key key : matches.subList(from, to)) {
            entry(bundle, base, reports.report(key, plan));
        }
        if (fault == FaultPlan.Kind.PERSONAL_DATA && !matches.isEmpty()) {
            entry(bundle, base, reports.individual(matches.get(from == matches.size() ? 0 : from)));
        }
        return resource(bundle, HttpStatus.OK, encoding);
    }

    ResponseEntity<String> resource(IBaseResource resource, HttpStatus status, Encoding encoding) {
        String body = encoding == Encoding.XML ? fhir.newXmlParser().encodeResourceToString(resource)
                : fhir.newJsonParser().encodeResourceToString(resource);
        return answer(status, encoding, body);
    }

    private static ResponseEntity<String> answer(HttpStatus status, Encoding encoding, String body) {
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, encoding.contentType).body(body);
    }

    /**
     * The address the caller used: behind the NDXP exchange (a servlet forward) that is the exchange's address, as a
     * FHIR server behind a gateway writes its links with the gateway's public base, so the client's next call goes
     * through the gateway again.
     */
    private static String publicUrl(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null) {
            return request.getRequestURL().toString();
        }
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.indexOf("/", url.indexOf("//") + 2)) + original;
    }

    private static void entry(Bundle bundle, String base, MeasureReport report) {
        bundle.addEntry().setFullUrl(base + "/MeasureReport/" + report.getIdElement().getIdPart()).setResource(report)
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
    }

    /** The next page; FOREIGN_NEXT_LINK moves it to another host (127.0.0.2, still this machine should a client follow it). */
    private static String next(String base, HttpServletRequest request, int offset, FaultPlan.Kind fault) {
        String next = link(base, request, offset);
        return fault == FaultPlan.Kind.FOREIGN_NEXT_LINK ? next.replaceFirst("//[^/:]+", "//127.0.0.2") : next;
    }

    /** The search again at another offset: its own parameters, in a fixed order, so every page's links are the same bytes. */
    private static String link(String base, HttpServletRequest request, int offset) {
        StringBuilder url = new StringBuilder(base).append("/MeasureReport?");
        for (Map.Entry<String, String[]> p : new java.util.TreeMap<>(request.getParameterMap()).entrySet()) {
            if (!"_offset".equals(p.getKey())) {
                for (String value : p.getValue()) {
                    url.append(encode(p.getKey())).append('=').append(encode(value)).append('&');
                }
            }
        }
        return url.append("_offset=").append(offset).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
