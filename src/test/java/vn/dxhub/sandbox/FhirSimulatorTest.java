package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The FHIR server simulator: MeasureReport search with paging, formats, its data and its faults. */
class FhirSimulatorTest extends SimulatorWebTest {

    private static final String Q3 = "period=ge2026-07-01&period=le2026-09-30";

    @Autowired
    FhirContext fhir;

    private ResponseEntity<String> fhir(String pathAndQuery, String token, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : "/sandbox/fhir" + pathAndQuery;
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode search(String query) throws Exception {
        ResponseEntity<String> answer = fhir("/MeasureReport?" + query, "sandbox-fhir-token", null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer);
    }

    private static String link(JsonNode bundle, String relation) {
        for (JsonNode link : bundle.path("link")) {
            if (relation.equals(link.path("relation").asText())) {
                return link.path("url").asText();
            }
        }
        return null;
    }

    private static Map<String, Long> populations(JsonNode populationArray) {
        Map<String, Long> counts = new HashMap<>();
        populationArray.forEach(p -> counts.put(p.at("/code/coding/0/code").asText(), p.path("count").asLong()));
        return counts;
    }

    @Test
    void pagesASearchWithCountAndNextLinksUntilEveryReportIsRead() throws Exception {
        JsonNode page = search(Q3 + "&_count=40");
        assertThat(page.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(page.path("type").asText()).isEqualTo("searchset");
        assertThat(page.path("total").asInt()).as("34 provinces x 3 measures").isEqualTo(102);
        assertThat(link(page, "self")).contains("_count=40").contains("_offset=0");

        Set<String> ids = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        while (page != null) {
            sizes.add(page.path("entry").size());
            page.path("entry").forEach(e -> ids.add(e.at("/resource/id").asText()));
            String next = link(page, "next");
            page = next == null ? null : read(fhir(next, "sandbox-fhir-token", null));
        }
        assertThat(sizes).containsExactly(40, 40, 22);
        assertThat(ids).hasSize(102).contains("hssk-01-2026Q3", "csyt-79-2026Q3", "bvs-96-2026Q3");
    }

    @Test
    void findsTheReportsWhosePeriodReachesTheDatesAskedFor() throws Exception {
        JsonNode q3of2025 = search("period=ge2025-07-01&period=le2025-09-30&_count=100");
        assertThat(q3of2025.path("total").asInt()).isEqualTo(102);
        q3of2025.path("entry").forEach(e -> assertThat(e.at("/resource/id").asText()).endsWith("-2025Q3"));

        assertThat(search("period=ge2025-09-15&period=le2025-10-15").path("total").asInt()).as("2025Q3 and 2025Q4").isEqualTo(204);
        assertThat(search("period=ge2027-01-01").path("total").asInt()).as("nothing before it happened").isZero();
        assertThat(search("period=le2025-06-30").path("total").asInt()).as("the 34 provinces report from 2025Q3").isZero();
        assertThat(search(Q3 + "&measure=https://fhir.moh.gov.vn/Measure/benh-vien-so").path("total").asInt()).isEqualTo(34);
        assertThat(search(Q3 + "&measure=https://fhir.moh.gov.vn/Measure/benh-vien-so|1.0.0,https://fhir.moh.gov.vn/Measure/co-so-y-te-so")
                .path("total").asInt()).isEqualTo(68);
        assertThat(search(Q3 + "&_count=0").path("entry").size()).as("_count=0 gives only the total").isZero();
    }

    @Test
    void answersInJsonOrXmlByFormatParameterOrAcceptHeader() {
        ResponseEntity<String> json = fhir("/MeasureReport?" + Q3 + "&_count=2", "sandbox-fhir-token", null);
        assertThat(json.getHeaders().getContentType().toString()).startsWith("application/fhir+json");

        ResponseEntity<String> xml = fhir("/MeasureReport?" + Q3 + "&_count=2&_format=xml", "sandbox-fhir-token", null);
        assertThat(xml.getHeaders().getContentType().toString()).startsWith("application/fhir+xml");
        Bundle bundle = (Bundle) fhir.newXmlParser().parseResource(xml.getBody());
        assertThat(bundle.getTotal()).isEqualTo(102);
        assertThat(bundle.getEntry()).hasSize(2);

        ResponseEntity<String> accepted = fhir("/MeasureReport?" + Q3 + "&_count=2", "sandbox-fhir-token", "application/fhir+xml");
        assertThat(accepted.getBody()).startsWith("<Bundle xmlns=\"http://hl7.org/fhir\">");
        assertThat(fhir("/MeasureReport?" + Q3 + "&_count=2", "sandbox-fhir-token", null).getBody())
                .as("the same search gives the same bytes").isEqualTo(json.getBody());
    }

    @Test
    void refusesAMissingTokenAndParametersItCannotRead() throws Exception {
        ResponseEntity<String> anonymous = fhir("/MeasureReport?" + Q3, null, null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(read(anonymous).path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(fhir("/MeasureReport?" + Q3, "guess", null).getStatusCode().value()).isEqualTo(401);

        ResponseEntity<String> badDate = fhir("/MeasureReport?period=ge01/07/2026", "sandbox-fhir-token", null);
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(read(badDate).at("/issue/0/diagnostics").asText()).contains("period");
        assertThat(fhir("/MeasureReport?_count=many", "sandbox-fhir-token", null).getStatusCode().value()).isEqualTo(400);
        assertThat(fhir("/MeasureReport/khong-co", "sandbox-fhir-token", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void servesSummariesOfTheProvincesDepartmentsOfHealthWithExclusionsStrataAndPlausibleShares() throws Exception {
        JsonNode hanoi = read(fhir("/MeasureReport/hssk-01-2025Q3", "sandbox-fhir-token", null));
        assertThat(hanoi.path("type").asText()).isEqualTo("summary");
        assertThat(hanoi.path("status").asText()).as("an old quarter is final").isEqualTo("complete");
        assertThat(hanoi.path("measure").asText()).isEqualTo("https://fhir.moh.gov.vn/Measure/ho-so-suc-khoe-dien-tu|1.0.0");
        assertThat(hanoi.at("/reporter/identifier/system").asText()).isEqualTo("https://fhir.moh.gov.vn/sid/ma-tinh");
        assertThat(hanoi.at("/reporter/identifier/value").asText()).isEqualTo("01");
        assertThat(hanoi.at("/reporter/display").asText()).isEqualTo("Sở Y tế Hà Nội");
        assertThat(hanoi.at("/period/start").asText()).isEqualTo("2025-07-01");
        assertThat(hanoi.at("/period/end").asText()).isEqualTo("2025-09-30");

        JsonNode group = hanoi.path("group").get(0);
        Map<String, Long> counts = populations(group.path("population"));
        assertThat(counts).containsKeys("initial-population", "denominator", "denominator-exclusion", "numerator", "numerator-exclusion");
        double share = (counts.get("numerator") - counts.get("numerator-exclusion")) * 1.0 / (counts.get("denominator") - counts.get("denominator-exclusion"));
        assertThat(group.at("/measureScore/value").asDouble()).isCloseTo(share, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(share).as("4.4: plan 90% in 2024, 100% by 2025").isBetween(0.85, 0.99);

        JsonNode strata = group.at("/stratifier/0/stratum");
        assertThat(group.at("/stratifier/0/code/0/coding/0/code").asText()).isEqualTo("gioi-tinh");
        assertThat(strata).hasSize(2);
        for (String code : List.of("initial-population", "denominator", "numerator")) {
            assertThat(populations(strata.get(0).path("population")).get(code) + populations(strata.get(1).path("population")).get(code))
                    .as("strata add up to the group's " + code).isEqualTo(counts.get(code));
        }

        JsonNode twoGroups = read(fhir("/MeasureReport/csyt-04-2025Q3", "sandbox-fhir-token", null));
        assertThat(twoGroups.path("group")).hasSize(2);
        assertThat(twoGroups.at("/period/start").asText()).as("one province in three writes date-times").isEqualTo("2025-07-01T00:00:00+07:00");
        assertThat(populations(twoGroups.path("group").get(1).path("population"))).containsKey("denominator-exception");

        JsonNode contained = read(fhir("/MeasureReport/bvs-12-2025Q3", "sandbox-fhir-token", null));
        assertThat(contained.at("/reporter/reference").asText()).as("the fifth province's report contains its reporter").isEqualTo("#so-y-te");
        assertThat(contained.at("/contained/0/identifier/0/value").asText()).isEqualTo("12");

        assertThat(read(fhir("/MeasureReport/hssk-01-2026Q4", "sandbox-fhir-token", null)).path("status").asText())
                .as("the current quarter is provisional").isEqualTo("pending");
    }

    @Test
    void honoursTheBadRecordRateWithErrorsARealServerCouldMake() throws Exception {
        plan("fhir", Map.of("badRecordRate", 1.0));

        JsonNode page = search(Q3 + "&_count=100");

        int overCounted = 0;
        int unknownMeasure = 0;
        int openPeriod = 0;
        for (JsonNode entry : page.path("entry")) {
            JsonNode report = entry.path("resource");
            Map<String, Long> counts = populations(report.at("/group/0/population"));
            if (report.path("measure").asText().contains("chi-so-chua-dang-ky")) {
                unknownMeasure++;
            } else if (report.at("/period/end").isMissingNode()) {
                openPeriod++;
            } else if (counts.get("numerator") > counts.get("denominator") - counts.getOrDefault("denominator-exclusion", 0L)) {
                overCounted++;
            }
        }
        assertThat(page.path("entry")).as("_count is at most 100").hasSize(100);
        assertThat(overCounted + unknownMeasure + openPeriod).isEqualTo(100);
        assertThat(List.of(overCounted, unknownMeasure, openPeriod)).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void anUpdateIsServedUntilItIsForgotten() throws Exception {
        String original = fhir("/MeasureReport/bvs-79-2025Q4", "sandbox-fhir-token", null).getBody();
        String corrected = original.replaceFirst("\"date\":\"[^\"]+\"", "\"date\":\"2026-01-10T08:00:00+07:00\"");
        assertThat(corrected).isNotEqualTo(original);
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("sandbox-fhir-token");
        headers.setContentType(MediaType.valueOf("application/fhir+json"));

        ResponseEntity<String> put = http.exchange("/sandbox/fhir/MeasureReport/bvs-79-2025Q4", HttpMethod.PUT, new HttpEntity<>(corrected, headers), String.class);

        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        assertThat(read(fhir("/MeasureReport/bvs-79-2025Q4", "sandbox-fhir-token", null)).path("date").asText()).isEqualTo("2026-01-10T08:00:00+07:00");
        assertThat(http.exchange("/sandbox/fhir/MeasureReport/bvs-79-2025Q3", HttpMethod.PUT, new HttpEntity<>(corrected, headers), String.class)
                .getStatusCode().value()).as("the body must be the report named").isEqualTo(400);
        http.delete("/sandbox/fhir/MeasureReport/bvs-79-2025Q4");
        assertThat(fhir("/MeasureReport/bvs-79-2025Q4", "sandbox-fhir-token", null).getBody()).isEqualTo(original);
    }

    @Test
    void producesTheContentFaultsOfAFhirServer() throws Exception {
        plan("fhir", Map.of("next", List.of(Map.of("fault", "PERSONAL_DATA", "path", "/MeasureReport"))));
        JsonNode personal = search(Q3 + "&_count=5");
        assertThat(personal.path("entry")).hasSize(6);
        assertThat(personal.at("/entry/5/resource/type").asText()).isEqualTo("individual");
        assertThat(personal.at("/entry/5/resource/contained/0/resourceType").asText()).isEqualTo("Patient");

        plan("fhir", Map.of("next", List.of(Map.of("fault", "PAGING_LOOP", "path", "/MeasureReport"))));
        JsonNode loop = search(Q3 + "&_count=5");
        assertThat(link(loop, "next")).endsWith("/sandbox/fhir/MeasureReport?" + Q3 + "&_count=5");

        plan("fhir", Map.of("next", List.of(Map.of("fault", "FOREIGN_NEXT_LINK", "path", "/MeasureReport"))));
        assertThat(link(search(Q3 + "&_count=5"), "next")).startsWith("http://127.0.0.2:" + port + "/sandbox/fhir/MeasureReport?");
    }
}
