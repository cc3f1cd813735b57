package vn.dxhub.connector.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.HttpSources;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SourcePuller;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;

/**
 * fhir-measurereport: a FHIR R4 server's MeasureReports, searched per period
 * ({@code GET {baseUrl}/MeasureReport?period=ge{from}&period=le{to}&_count=N}) and read page by page along the
 * Bundle's {@code next} links. Each page is parsed where it is read, inside the retry, so a page cut short is
 * fetched again; the mapping (format fhir) turns each group of each summary report into an observation.
 */
@Component
class FhirMeasureReportPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.rest("fhir-measurereport", "Báo cáo chỉ số FHIR (MeasureReport)",
            "MeasureReports of a FHIR R4 server (health information systems), searched per period and paged along next links", "fhir",
            List.of(
                    ParameterSpec.required("baseUrl", ParameterSpec.Type.URL, "Địa chỉ máy chủ FHIR",
                            "FHIR base URL of the server, e.g. https://fhir.moh.gov.vn/fhir; the search is {baseUrl}/MeasureReport."),
                    ParameterSpec.optional("measure", ParameterSpec.Type.TEXT, "", "Measure",
                            "Canonical URL of the Measure to ask for (search parameter measure), several separated by commas; empty = every measure."),
                    ParameterSpec.optional("pageSize", ParameterSpec.Type.INTEGER, "50", "Cỡ trang",
                            "Reports per page (_count); the Bundle's next links are followed until there is none."),
                    ParameterSpec.optional("format", ParameterSpec.Type.TEXT, "json", "Định dạng",
                            "json or xml: the FHIR format asked for (_format and Accept)."),
                    ParameterSpec.optionalSecret("bearerToken", "Token truy cập",
                            "Token sent as Authorization: Bearer, as a reference such as {{env:FHIR_MOH_TOKEN}}; empty when the server needs none."),
                    ParameterSpec.optional("extraQuery", ParameterSpec.Type.TEXT, "", "Tham số tìm kiếm thêm",
                            "Extra search parameters of the first page (a=b&c=d), e.g. status=complete."),
                    ParameterSpec.optional("maxPages", ParameterSpec.Type.INTEGER, "1000", "Số trang tối đa",
                            "Most pages one period may take; a server that keeps paging fails the run instead of holding it forever.")));

    private static final Map<String, String> MEDIA_TYPES = Map.of("json", "application/fhir+json", "xml", "application/fhir+xml");

    private final HttpSources httpSources;
    private final ReportingCalendar calendar;

    FhirMeasureReportPuller(HttpSources httpSources, ReportingCalendar calendar) {
        this.httpSources = httpSources;
        this.calendar = calendar;
    }

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    /** One page as read: its bytes, how it parsed, and the content type it came with. */
    private record Page(byte[] body, ParsedPayload parsed, String contentType) {}

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        if (run.mapping().format() != Mapping.Format.FHIR) {
            throw SourceException.permanent(c.id() + ": loại fhir-measurereport cần mapping có format: fhir, mapping " + run.mapping().file()
                    + " là " + run.mapping().format().name().toLowerCase() + " / the fhir-measurereport kind needs a mapping with format: fhir", 0, null);
        }
        String format = format(c);
        HttpSource http = httpSources.of(c);
        Map<String, String> headers = headers(c, format);
        NextLinks links = new NextLinks(c.id(), c.text("baseUrl"), c.integer("maxPages"));
        String url = firstPage(c, calendar.windowOf(period), format);
        links.first(url);
        while (url != null) {
            String pageUrl = url;
            Page page = http.get(pageUrl, headers, (in, type) -> {
                byte[] body = HttpSource.readBody(in);
                String contentType = type != null ? type : MEDIA_TYPES.get(format);
                return new Page(body, run.parse(body, contentType, pageUrl), contentType);
            });
            run.page(page.body(), page.parsed(), page.contentType(), pageUrl);
            if (!(page.parsed() instanceof ParsedPayload.Readable readable)) {
                throw SourceException.permanent(c.id() + ": trang " + pageUrl + " bị từ chối cả tài liệu và đã cách ly; không đọc được liên kết trang sau"
                        + " nên phần còn lại của kỳ " + period.id() + " chưa được lấy / the page was refused whole and quarantined; its next link"
                        + " cannot be read, so the rest of period " + period.id() + " was not fetched", 200, null);
            }
            url = readable.document() instanceof Bundle bundle
                    ? links.follow(pageUrl, next(bundle), bundle.getEntry().size())
                    : null;
        }
    }

    private static String next(Bundle bundle) {
        Bundle.BundleLinkComponent next = bundle.getLink(IBaseBundle.LINK_NEXT);
        return next == null ? null : next.getUrl();
    }

    private static String format(ConnectorInstance c) {
        String format = c.text("format").strip().toLowerCase();
        if (!MEDIA_TYPES.containsKey(format)) {
            throw SourceException.permanent(c.id() + ": tham số format phải là json hoặc xml, không phải '" + c.text("format")
                    + "' / format must be json or xml", 0, null);
        }
        return format;
    }

    private static Map<String, String> headers(ConnectorInstance c, String format) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", MEDIA_TYPES.get(format));
        String token = c.text("bearerToken");
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Bearer " + token.strip());
        }
        return headers;
    }

    /** The search of one period: reports whose period overlaps the hub period's window (FHIR date search on a Period). */
    static String firstPage(ConnectorInstance c, PeriodWindow window, String format) {
        String base = c.text("baseUrl").strip();
        StringBuilder url = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base).append("/MeasureReport");
        url.append("?period=ge").append(window.from()).append("&period=le").append(window.to())
                .append("&_count=").append(c.integer("pageSize")).append("&_format=").append(format);
        String measure = c.text("measure");
        if (measure != null && !measure.isBlank()) {
            url.append("&measure=").append(URLEncoder.encode(measure.strip(), StandardCharsets.UTF_8));
        }
        String extra = c.text("extraQuery");
        if (extra != null && !extra.isBlank()) {
            url.append('&').append(extra.strip());
        }
        return url.toString();
    }
}
