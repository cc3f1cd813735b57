package vn.dxhub.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.completeness.CompletenessTestData;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;
import vn.dxhub.support.HubUsers;

/** GET /api/observations, /api/observations/{id}/revisions and /api/completeness over values stored as connectors store them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationsAndCompletenessApiTest {

    private static final String PERIOD = "2030Q4";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    ReportingCalendar calendar;

    private final ObjectMapper json = new ObjectMapper();
    private long hanoi;
    private long rejected;

    @BeforeEach
    void seed() {
        HubTestData.clean(jdbc);
        hanoi = CompletenessTestData.store(store, jdbc, "1.4", "01", PERIOD, "85", ObservationStatus.PROVISIONAL, "bao-cao");
        CompletenessTestData.store(store, jdbc, "1.4", "01", PERIOD, "86.5", ObservationStatus.OFFICIAL, "bao-cao");
        CompletenessTestData.store(store, jdbc, "1.4", "04", PERIOD, "70", ObservationStatus.PROVISIONAL, "lgsp");
        rejected = CompletenessTestData.store(store, jdbc, "1.5", "08", PERIOD, "120", ObservationStatus.OFFICIAL, "excel");
        CompletenessTestData.reject(jdbc, rejected);
        CompletenessTestData.store(store, jdbc, "4.4", "BYT", PERIOD, "60", ObservationStatus.OFFICIAL, "fhir");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = HubUsers.VIEWER.on(http).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " -> " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode refused(String path, HttpStatus status) throws Exception {
        ResponseEntity<String> response = HubUsers.VIEWER.on(http).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " -> " + response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    @Test
    void searchesCurrentValuesByIndicatorUnitPeriodSourceAndStatus() throws Exception {
        JsonNode all = get("/api/observations?period=" + PERIOD);
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(get("/api/observations?period=" + PERIOD + "&indicator=1.4").get("total").asLong()).isEqualTo(2);
        assertThat(get("/api/observations?period=" + PERIOD + "&source=lgsp").get("items").get(0).get("unit").asText()).isEqualTo("04");
        assertThat(get("/api/observations?status=provisional").get("total").asLong()).isEqualTo(1);

        JsonNode hanoiValue = get("/api/observations?unit=01&indicator=1.4").get("items").get(0);
        assertThat(hanoiValue.get("value").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(hanoiValue.get("status").asText()).isEqualTo("official");
        assertThat(hanoiValue.get("revision").asInt()).isEqualTo(2);
        assertThat(hanoiValue.get("unitOfMeasure").asText()).isEqualTo("percent");
        assertThat(hanoiValue.get("source").asText()).isEqualTo("bao-cao");
        assertThat(hanoiValue.get("connector").asText()).isEqualTo("bao-cao-test");
        assertThat(hanoiValue.get("deliveryState").asText()).isEqualTo("pending");
        assertThat(hanoiValue.get("updated").asText()).isNotBlank();
        assertThat(get("/api/observations?unit=08").get("items").get(0).get("deliveryState").asText()).isEqualTo("rejected");
    }

    @Test
    void pagesThroughTheValues() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 3) {
            JsonNode page = get("/api/observations?limit=3&offset=" + offset);
            assertThat(page.get("total").asLong()).isEqualTo(4);
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        }
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(refused("/api/observations?limit=0", HttpStatus.BAD_REQUEST).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void refusesAnUnknownStatusOrPeriodNamingIt() throws Exception {
        JsonNode status = refused("/api/observations?status=final", HttpStatus.BAD_REQUEST);
        assertThat(status.get("field").asText()).isEqualTo("status");
        assertThat(status.get("value").asText()).isEqualTo("final");
        JsonNode period = refused("/api/observations?period=Q4-2030", HttpStatus.BAD_REQUEST);
        assertThat(period.get("field").asText()).isEqualTo("period");
        assertThat(period.get("value").asText()).isEqualTo("Q4-2030");
        assertThat(period.get("messageEn").asText()).contains("2026Q4");
    }

    @Test
    void listsEveryRevisionNewestFirstWithItsDelivery() throws Exception {
        JsonNode revisions = get("/api/observations/" + hanoi + "/revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(revisions.get(0).get("status").asText()).isEqualTo("official");
        assertThat(revisions.get(1).get("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(revisions.get(1).get("status").asText()).isEqualTo("provisional");
        assertThat(revisions.get(1).get("recordedAt").asText()).isNotBlank();
        assertThat(revisions.get(1).get("delivery").get("state").asText()).isEqualTo("pending");
        assertThat(revisions.get(1).get("delivery").get("receipts")).isEmpty();
    }

    @Test
    void aRejectedRevisionShowsTheReceiptsOutcomeAndReason() throws Exception {
        JsonNode delivery = get("/api/observations/" + rejected + "/revisions").get(0).get("delivery");
        assertThat(delivery.get("state").asText()).isEqualTo("rejected");
        assertThat(delivery.get("receipts").get(0).get("outcome").asText()).isEqualTo("rejected");
        assertThat(delivery.get("receipts").get(0).get("reason").asText()).isEqualTo(CompletenessTestData.REASON);
        assertThat(refused("/api/observations/999999/revisions", HttpStatus.NOT_FOUND).get("value").asText()).isEqualTo("999999");
    }

    @Test
    void theProvinceGridHasThe34ProvincesAndEachCellsState() throws Exception {
        JsonNode grid = get("/api/completeness?period=" + PERIOD);
        assertThat(grid.get("period").asText()).isEqualTo(PERIOD);
        assertThat(grid.get("kind").asText()).isEqualTo("province");
        assertThat(grid.get("rows")).hasSize(34);
        List<String> columns = new ArrayList<>();
        grid.get("columns").forEach(c -> columns.add(c.get("code").asText()));
        assertThat(columns).contains("1.4", "1.5", "3.5.3").doesNotContain("1.7", "4.4", "5.1");

        JsonNode hanoiRow = row(grid, "01");
        JsonNode hanoiCell = hanoiRow.get("cells").get(columns.indexOf("1.4"));
        assertThat(hanoiCell.get("state").asText()).isEqualTo("official");
        assertThat(hanoiCell.get("value").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(hanoiRow.get("complete").asInt()).isEqualTo(1);
        assertThat(hanoiRow.get("expected").asInt()).isEqualTo(columns.size());
        assertThat(row(grid, "04").get("cells").get(columns.indexOf("1.4")).get("state").asText()).isEqualTo("provisional");
        JsonNode refusedCell = row(grid, "08").get("cells").get(columns.indexOf("1.5"));
        assertThat(refusedCell.get("state").asText()).isEqualTo("rejected");
        assertThat(refusedCell.get("reason").asText()).isEqualTo(CompletenessTestData.REASON);
        assertThat(row(grid, "79").get("cells").get(columns.indexOf("1.4")).get("state").asText()).isEqualTo("missing");

        JsonNode column14 = grid.get("columns").get(columns.indexOf("1.4"));
        assertThat(column14.get("complete").asInt()).isEqualTo(2);
        assertThat(column14.get("share").asDouble()).isEqualTo(2.0 / 34);
        assertThat(grid.get("complete").asInt()).isEqualTo(2);
        assertThat(grid.get("expected").asInt()).isEqualTo(34 * columns.size());
        assertThat(grid.get("deadline").get("dueBefore").asText()).isEqualTo("2030-12-05");
        assertThat(grid.get("deadline").get("daysLeft").asLong()).isPositive();
    }

    @Test
    void theMinistryGridHasEachMinistrysOwnIndicators() throws Exception {
        JsonNode grid = get("/api/completeness?period=" + PERIOD + "&kind=ministry");
        List<String> columns = new ArrayList<>();
        grid.get("columns").forEach(c -> columns.add(c.get("code").asText()));
        JsonNode health = row(grid, "BYT");
        assertThat(health.get("cells").get(columns.indexOf("4.4")).get("state").asText()).isEqualTo("official");
        assertThat(row(grid, "BNV").get("cells").get(columns.indexOf("4.4")).isNull()).isTrue();
        assertThat(health.get("complete").asInt()).isEqualTo(1);
    }

    @Test
    void withoutAPeriodTheGridIsOfThePeriodDueNext() throws Exception {
        assertThat(get("/api/completeness").get("period").asText()).isEqualTo(calendar.nextDue(calendar.today()).id());
    }

    @Test
    void aBadPeriodOrKindIsA400NamingIt() throws Exception {
        JsonNode period = refused("/api/completeness?period=2030Q5", HttpStatus.BAD_REQUEST);
        assertThat(period.get("field").asText()).isEqualTo("period");
        assertThat(period.get("value").asText()).isEqualTo("2030Q5");
        assertThat(refused("/api/completeness?kind=agency", HttpStatus.BAD_REQUEST).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void everyRoleMayReadAndNobodyElse() {
        for (String path : List.of("/api/observations", "/api/observations/" + hanoi + "/revisions", "/api/completeness?period=" + PERIOD)) {
            for (HubUsers user : HubUsers.values()) {
                assertThat(user.on(http).getForEntity(path, String.class).getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
            }
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as("anonymous " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirParameters() throws Exception {
        JsonNode paths = get("/api/openapi").get("paths");
        List<String> searchParameters = new ArrayList<>();
        paths.get("/observations").get("get").get("parameters").forEach(p -> searchParameters.add(p.get("name").asText()));
        assertThat(searchParameters).containsExactlyInAnyOrder("indicator", "unit", "period", "source", "status", "offset", "limit");
        assertThat(paths.get("/observations/{id}/revisions").get("get").get("responses").has("404")).isTrue();
        List<String> gridParameters = new ArrayList<>();
        paths.get("/completeness").get("get").get("parameters").forEach(p -> gridParameters.add(p.get("name").asText()));
        assertThat(gridParameters).containsExactlyInAnyOrder("period", "kind");
    }

    private static JsonNode row(JsonNode grid, String unit) {
        for (JsonNode row : grid.get("rows")) {
            if (row.get("unit").asText().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit);
    }
}
