package vn.dxhub.connector.dvc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.HttpSources;
import vn.dxhub.connector.QueryStrings;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.SourcePuller;

/**
 * dvc-stats: the ready-made statistics of the DVC portal, one answer per province and period, mapped record
 * by record. Its values are kept apart (source "dvc-stats") from those the hub computes from dossiers
 * (source "dvc"): the portal rounds and counts differently, and the two must not overwrite each other.
 */
@Component
class DvcStatsPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.rest("dvc-stats", "Thống kê của Cổng DVC",
            "Ready-made statistics endpoint of the public-services portal", "dvc-stats",
            DvcParameters.common("https://dichvucong.gov.vn/api/thong-ke"));

    private final HttpSources httpSources;

    DvcStatsPuller(HttpSources httpSources) {
        this.httpSources = httpSources;
    }

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        HttpSource http = httpSources.of(c);
        Map<String, String> params = new LinkedHashMap<>();
        params.put(c.text("unitParam"), c.text("province"));
        params.put(c.text("periodParam"), period.id());
        String url = QueryStrings.append(c.text("baseUrl"), params);
        Answer answer = http.get(url, DvcParameters.headers(c), (in, type) -> {
            byte[] bytes = HttpSource.readBody(in);
            return new Answer(bytes, JsonBodies.parse(bytes, url));
        });
        run.page(answer.body(), answer.json(), "application/json", url);
    }

    private record Answer(byte[] body, com.fasterxml.jackson.databind.JsonNode json) {
    }
}
