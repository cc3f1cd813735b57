package vn.dxhub.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodSteps;

/**
 * What the LGSP simulator holds for the suite's connectors, read straight from it and never through the hub: every
 * record of every quarter a connector covers, once with the simulator healthy and once with the suite's bad-record
 * rate. A record that comes back different the second time is one the simulator spoiled, and the hub must quarantine
 * it; every other record must be stored with the simulator's figures.
 */
final class LgspTruth {

    /** A record's figures as the gateway writes them ("87,5%", "1.234"), read as numbers. */
    record Figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

    private static final int PAGE_SIZE = 100;

    private final Map<String, Map<String, Figures>> good = new LinkedHashMap<>();
    private final Map<String, Set<String>> bad = new LinkedHashMap<>();

    private LgspTruth() {}

    /** Reads the records; leaves the simulator with the bad-record rate and no other fault. */
    static LgspTruth read(TestRestTemplate http, Sandbox sandbox, String clientSecret, Collection<LgspConnector> connectors,
            Period currentQuarter, double badRecordRate) {
        Reader reader = new Reader(http, clientSecret, currentQuarter);
        sandbox.plan("lgsp", Sandbox.Plan.badRecords(0));
        Map<LgspConnector, Map<String, JsonNode>> healthy = new HashMap<>();
        connectors.forEach(c -> healthy.put(c, reader.records(c)));
        sandbox.plan("lgsp", Sandbox.Plan.badRecords(badRecordRate));
        LgspTruth truth = new LgspTruth();
        for (LgspConnector connector : connectors) {
            Map<String, JsonNode> served = reader.records(connector);
            if (!served.keySet().equals(healthy.get(connector).keySet())) {
                throw new AssertionError(connector.id() + ": the simulator served other record ids with bad records on");
            }
            Map<String, Figures> goodOnes = new LinkedHashMap<>();
            Set<String> badOnes = new HashSet<>();
            served.forEach((id, record) -> {
                if (record.equals(healthy.get(connector).get(id))) {
                    goodOnes.put(id, figures(record));
                } else {
                    badOnes.add(id);
                }
            });
            truth.good.put(connector.id(), goodOnes);
            truth.bad.put(connector.id(), badOnes);
        }
        return truth;
    }

    /** The good records of these connectors by record id. */
    Map<String, Figures> good(Collection<String> connectorIds) {
        Map<String, Figures> all = new HashMap<>();
        connectorIds.forEach(id -> all.putAll(good.getOrDefault(id, Map.of())));
        return all;
    }

    /** The ids of the records of these connectors the simulator spoils. */
    Set<String> bad(Collection<String> connectorIds) {
        Set<String> all = new HashSet<>();
        connectorIds.forEach(id -> all.addAll(bad.getOrDefault(id, Set.of())));
        return all;
    }

    private static Figures figures(JsonNode record) {
        return new Figures(number(record.path("giaTri")), number(record.path("tuSo")), number(record.path("mauSo")));
    }

    /** A Vietnamese number as the gateway writes it: dots between thousands, a decimal comma, maybe a percent sign. */
    static BigDecimal number(JsonNode text) {
        if (text.isMissingNode() || text.isNull() || text.asText().isBlank()) {
            return null;
        }
        return new BigDecimal(text.asText().replace("%", "").replace(".", "").replace(',', '.').strip());
    }

    /** Reads a gateway's records quarter by quarter, page by page, as an OAuth2 client of the gateway. */
    private record Reader(TestRestTemplate http, String clientSecret, Period currentQuarter) {

        Map<String, JsonNode> records(LgspConnector connector) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(token(connector.gateway()));
            Map<String, JsonNode> records = new LinkedHashMap<>();
            for (Period quarter : PeriodSteps.quarters(Period.parse(connector.startPeriod()).orElseThrow(), currentQuarter)) {
                int pages = 1;
                for (int page = 1; page <= pages; page++) {
                    JsonNode answer = http.exchange("/sandbox/lgsp/{gateway}/api/v1/chi-tieu?kyBaoCao={quarter}&page={page}&pageSize={size}",
                            HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class, connector.gateway(), quarter.id(), page, PAGE_SIZE).getBody();
                    pages = answer.path("tongSoTrang").asInt();
                    answer.path("duLieu").forEach(record -> records.put(record.path("id").asText(), record));
                }
            }
            return records;
        }

        private String token(String gateway) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", "dxhub-" + gateway);
            form.add("client_secret", clientSecret);
            return http.postForObject("/sandbox/lgsp/{gateway}/oauth2/token", new HttpEntity<>(form, headers), JsonNode.class, gateway)
                    .path("access_token").asText();
        }
    }
}
