package vn.dxhub.faults;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dxhub.support.HubTestData;

/**
 * One lgsp-rest connector of the suite: one provincial gateway of the LGSP simulator in the test JVM, pulled every two
 * seconds from {@code startPeriod} on, in small pages so that a run reads many of them. Short timeouts and backoffs
 * keep the retries of a fault within seconds.
 */
record LgspConnector(String id, String gateway, String startPeriod, int pageSize) {

    static final String ID_PREFIX = "faults-lgsp-";
    static final String SECRET_PROPERTY = "LGSP_SANDBOX_CLIENT_SECRET";

    static LgspConnector of(String gateway, String startPeriod, int pageSize) {
        return new LgspConnector(ID_PREFIX + gateway, gateway, startPeriod, pageSize);
    }

    /** The route file of the connector, pointing at the simulators on {@code sandboxPort}. */
    String routeFile(int sandboxPort) {
        String base = "http://localhost:" + sandboxPort + "/sandbox/lgsp/" + gateway;
        Map<String, String> params = new TreeMap<>(Map.of(
                "schedule", "0/2 * * * * ?",
                "baseUrl", base + "/api/v1/chi-tieu",
                "tokenUrl", base + "/oauth2/token",
                "clientId", "dxhub-" + gateway,
                "clientSecret", "{{" + SECRET_PROPERTY + "}}",
                "mapping", "lgsp/chi-tieu.yaml",
                "startPeriod", startPeriod,
                "pageSize", Integer.toString(pageSize)));
        params.putAll(Map.of("maxAttempts", "4", "initialBackoff", "200ms", "connectTimeout", "1s", "readTimeout", "1s"));
        return HubTestData.templatedRoute("lgsp-rest", id, params);
    }

    static List<String> ids(List<LgspConnector> connectors) {
        return connectors.stream().map(LgspConnector::id).toList();
    }
}
