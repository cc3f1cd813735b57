package vn.dxhub.connector.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.HttpSources;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.PageCount;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.QueryStrings;
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SourcePuller;

/**
 * lgsp-rest: a REST service behind a provincial LGSP gateway. Gets an OAuth2 client-credentials token
 * (cached until it expires), asks for one period (and unit) page by page, and on a 401 refreshes the
 * token and tries once more before failing the run.
 */
@Component
class LgspRestPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.rest("lgsp-rest", "Dịch vụ REST qua nền tảng LGSP",
            "REST service behind a provincial LGSP gateway, OAuth2 client credentials, paged", "lgsp", List.of(
                    ParameterSpec.required("baseUrl", ParameterSpec.Type.URL, "Địa chỉ dịch vụ",
                            "URL of the service on the gateway, e.g. https://lgsp.hanoi.gov.vn/api/v1/chi-tieu."),
                    ParameterSpec.required("tokenUrl", ParameterSpec.Type.URL, "Địa chỉ cấp token", "OAuth2 token endpoint of the gateway."),
                    ParameterSpec.required("clientId", ParameterSpec.Type.TEXT, "Consumer key", "OAuth2 client id issued by the gateway."),
                    ParameterSpec.secret("clientSecret", "Consumer secret",
                            "OAuth2 client secret, as a reference such as {{env:LGSP_HN_SECRET}}; never the value itself."),
                    ParameterSpec.optional("periodParam", ParameterSpec.Type.TEXT, "kyBaoCao", "Tham số kỳ báo cáo",
                            "Query parameter carrying the period id (2025Q3)."),
                    ParameterSpec.optional("unitParam", ParameterSpec.Type.TEXT, "", "Tham số đơn vị",
                            "Query parameter carrying the unit, when the service needs one; empty = none."),
                    ParameterSpec.optional("unit", ParameterSpec.Type.TEXT, "", "Mã đơn vị", "Value of unitParam."),
                    ParameterSpec.optional("pageParam", ParameterSpec.Type.TEXT, "page", "Tham số trang", "Query parameter of the page number."),
                    ParameterSpec.optional("firstPage", ParameterSpec.Type.PAGE_INDEX, "1", "Trang đầu", "Number of the first page (0 or 1)."),
                    ParameterSpec.optional("pageSizeParam", ParameterSpec.Type.TEXT, "pageSize", "Tham số cỡ trang", "Query parameter of the page size."),
                    ParameterSpec.optional("pageSize", ParameterSpec.Type.INTEGER, "50", "Cỡ trang", "Records per page."),
                    ParameterSpec.optional("totalPagesPath", ParameterSpec.Type.TEXT, "$.tongSoTrang", "Đường dẫn tổng số trang",
                            "JSONPath of the total page count in an answer; empty when the service does not page.")));

    private final Clock clock;
    private final HttpSources httpSources;
    private final Map<String, OAuthTokens> tokens = new ConcurrentHashMap<>();

    LgspRestPuller(Clock clock, HttpSources httpSources) {
        this.clock = clock;
        this.httpSources = httpSources;
    }

    /** The HTTP client and token cache of one connector; tokens are kept between runs and reused until they expire. */
    private record Gateway(HttpSource http, OAuthTokens tokens) {}

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        HttpSource http = httpSources.of(c);
        Gateway gateway = new Gateway(http, tokens.computeIfAbsent(c.id(),
                id -> new OAuthTokens(c.text("tokenUrl"), c.text("clientId"), () -> c.text("clientSecret"), http, clock)));
        int page = c.integer("firstPage");
        int lastPage = page;
        do {
            String url = pageUrl(c, period, page);
            Page answer = fetchWithOneRefresh(gateway, url);
            run.page(answer.body(), answer.json(), "application/json", url);
            lastPage = PageCount.of(answer.json(), c.text("totalPagesPath"), "totalPagesPath") + c.integer("firstPage") - 1;
            page++;
        } while (page <= lastPage);
    }

    private record Page(byte[] body, JsonNode json) {}

    /** A refused client fails at the token endpoint, without a refresh; a refused token is refreshed once. */
    private Page fetchWithOneRefresh(Gateway gateway, String url) {
        String token = gateway.tokens().token();
        try {
            return fetch(gateway, token, url);
        } catch (SourceException e) {
            if (e.status() != 401 || e.refusedByExchange()) {
                throw e;
            }
            gateway.tokens().invalidate(token);
            String fresh = gateway.tokens().token();
            try {
                return fetch(gateway, fresh, url);
            } catch (SourceException again) {
                if (again.status() == 401) {
                    throw SourceException.permanent(again.getMessage() + " (vẫn 401 sau khi lấy token mới: kiểm tra clientId/clientSecret"
                            + " và quyền của ứng dụng trên LGSP / still 401 after a new token)", 401, again);
                }
                throw again;
            }
        }
    }

    private Page fetch(Gateway gateway, String token, String url) {
        return gateway.http().get(url, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                (body, type) -> {
                    byte[] bytes = HttpSource.readBody(body);
                    return new Page(bytes, JsonBodies.parse(bytes, url));
                });
    }

    private static String pageUrl(ConnectorInstance c, Period period, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(c.text("periodParam"), period.id());
        params.put(c.text("unitParam"), c.text("unit"));
        params.put(c.text("pageParam"), Integer.toString(page));
        params.put(c.text("pageSizeParam"), c.text("pageSize"));
        return QueryStrings.append(c.text("baseUrl"), params);
    }
}
