package vn.dxhub.connector.dvc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.SourcePuller;

/** dvc-stats: the ready-made statistics of the DVC portal, one answer per province and period, mapped record by record. */
@Component
class DvcStatsPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.of("dvc-stats", "Thống kê của Cổng DVC",
            "Ready-made statistics endpoint of the public-services portal", "dvc",
            DvcParameters.common("https://dichvucong.gov.vn/api/thong-ke"));

    private final Map<String, HttpSource> clients = new ConcurrentHashMap<>();

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        HttpSource http = clients.computeIfAbsent(c.id(), id -> new HttpSource(c));
        Map<String, String> params = new LinkedHashMap<>();
        params.put(c.text("unitParam"), c.text("province"));
        params.put(c.text("periodParam"), period.id());
        String url = DvcParameters.query(c.text("baseUrl"), params);
        byte[] body = http.get(url, DvcParameters.headers(c), (in, type) -> {
            byte[] bytes = in.readAllBytes();
            JsonBodies.parse(bytes, url);
            return bytes;
        });
        run.page(body, JsonBodies.parse(body, url), "application/json", url);
    }
}
