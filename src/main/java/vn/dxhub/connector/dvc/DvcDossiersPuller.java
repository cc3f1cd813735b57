package vn.dxhub.connector.dvc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.HttpSources;
import vn.dxhub.connector.QueryStrings;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SourcePuller;
import vn.dxhub.mapping.JsonPaths;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.PayloadArchive;

/**
 * dvc-dossiers: dossier-level records (hồ sơ) of the DVC portal, pulled page by page and aggregated per
 * province and period into indicators. Only one page is in memory at a time; a dossier that cannot be
 * counted is quarantined with its reasons and the others go on.
 */
@Component
class DvcDossiersPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.rest("dvc-dossiers", "Hồ sơ TTHC của Cổng DVC",
            "Dossier records of the public-services portal, aggregated per province and period", "dvc", parameters());

    private final ReportingUnits units;
    private final ReportingCalendar calendar;
    private final Clock clock;
    private final HttpSources httpSources;

    DvcDossiersPuller(ReportingUnits units, ReportingCalendar calendar, Clock clock, HttpSources httpSources) {
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.httpSources = httpSources;
    }

    private static List<ParameterSpec> parameters() {
        List<ParameterSpec> all = new ArrayList<>(DvcParameters.common("https://dichvucong.gov.vn/api/ho-so"));
        all.add(ParameterSpec.required("servicesUrl", ParameterSpec.Type.URL, "Địa chỉ số dịch vụ công trực tuyến",
                "URL answering the number of online public services of the province (denominator of the services share)."));
        all.add(ParameterSpec.optional("servicesCountPath", ParameterSpec.Type.TEXT, "$.soDichVuTrucTuyen", "Đường dẫn số dịch vụ",
                "JSONPath of that number in the answer."));
        all.add(ParameterSpec.optional("pageParam", ParameterSpec.Type.TEXT, "page", "Tham số trang", "Query parameter of the page number."));
        all.add(ParameterSpec.optional("firstPage", ParameterSpec.Type.PAGE_INDEX, "0", "Trang đầu", "Number of the first page (0 or 1)."));
        all.add(ParameterSpec.optional("pageSizeParam", ParameterSpec.Type.TEXT, "size", "Tham số cỡ trang", "Query parameter of the page size."));
        all.add(ParameterSpec.optional("pageSize", ParameterSpec.Type.INTEGER, "1000", "Cỡ trang", "Dossiers per page."));
        all.add(ParameterSpec.optional("recordsField", ParameterSpec.Type.TEXT, "content", "Trường chứa hồ sơ", "Top-level field holding the page's dossiers."));
        all.add(ParameterSpec.optional("totalPagesField", ParameterSpec.Type.TEXT, "totalPages", "Trường tổng số trang", "Top-level field with the page count."));
        all.add(ParameterSpec.optional("extraQuery", ParameterSpec.Type.TEXT, "", "Tham số thêm", "Extra query string appended to every page request (a=b&c=d)."));
        return List.copyOf(all);
    }

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        HttpSource http = httpSources.of(c);
        ReportingUnit province = units.find(c.text("province"))
                .orElseThrow(() -> SourceException.permanent("Không có tỉnh '" + c.text("province") + "' / unknown province", 0, null));
        PeriodWindow window = calendar.windowOf(period);
        DossierReader reader = new DossierReader(run.mapping());
        long onlineServices = onlineServices(c, http);
        DossierTally tally = new DossierTally();
        List<Long> newPayloads = new ArrayList<>();
        int page = c.integer("firstPage");
        int last;
        do {
            String url = pageUrl(c, period, page);
            // parsed inside the request, so a page cut short is fetched again rather than failing the run
            Fetched fetched = http.get(url, DvcParameters.headers(c), (in, type) -> {
                byte[] body = HttpSource.readBody(in);
                return new Fetched(body, DossierPage.parse(body, c.text("recordsField"), c.text("totalPagesField"), url,
                        record -> reader.read(record, province.code(), province.id(), window)));
            });
            DossierPage parsed = fetched.page();
            PayloadArchive.Archived archived = run.archiveOnly(fetched.body(), "application/json", url, parsed.records);
            if (!archived.seenBefore()) {
                parsed.forEachBad(bad -> run.quarantine(bad.fragment(), url + " #" + bad.index(), bad.problems(), archived.id()));
                newPayloads.add(archived.id());
            }
            tally.addAll(parsed.tally);
            last = c.integer("firstPage") + parsed.totalPages - 1;
            page++;
        } while (page <= last);
        ObservationStatus status = LocalDate.now(clock).isBefore(window.dueBefore()) ? ObservationStatus.PROVISIONAL : ObservationStatus.OFFICIAL;
        run.observations(DossierAggregates.observations(tally, onlineServices, run.mapping().indicators(), province.id(), period.id(), status,
                DossierAggregates.source(c.id(), province.id(), period.id(), clock.instant())), null);
        newPayloads.forEach(run::markProcessed);
    }

    private record Fetched(byte[] body, DossierPage page) {}

    private long onlineServices(ConnectorInstance c, HttpSource http) {
        String url = QueryStrings.append(c.text("servicesUrl"), Map.of(c.text("unitParam"), c.text("province")));
        JsonNode answer = http.get(url, DvcParameters.headers(c), (in, type) -> JsonBodies.parse(HttpSource.readBody(in), url));
        JsonNode count = JsonPaths.read(answer, c.text("servicesCountPath"));
        if (count == null || !count.canConvertToLong()) {
            throw SourceException.permanent("Không đọc được số dịch vụ công trực tuyến ở " + c.text("servicesCountPath") + " của " + url
                    + " / no service count at " + c.text("servicesCountPath") + " in " + url, 200, null);
        }
        return count.asLong();
    }

    private static String pageUrl(ConnectorInstance c, Period period, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(c.text("unitParam"), c.text("province"));
        params.put(c.text("periodParam"), period.id());
        params.put(c.text("pageParam"), Integer.toString(page));
        params.put(c.text("pageSizeParam"), c.text("pageSize"));
        String url = QueryStrings.append(c.text("baseUrl"), params);
        String extra = c.text("extraQuery");
        return extra == null || extra.isBlank() ? url : url + "&" + extra;
    }
}
