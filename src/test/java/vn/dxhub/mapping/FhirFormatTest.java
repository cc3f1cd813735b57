package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.dxhub.validation.Problem;

/** The fhir format: what it reads, what it refuses and why, and the flat record a mapping sees of each report group. */
class FhirFormatTest {

    private final FhirFormat format = new FhirFormat();

    private static final String POPULATION = "{\"code\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/measure-population\",\"code\":\"%s\"}]},\"count\":%d}";

    private static String report(String id, String type, String groups) {
        return """
                {"resourceType":"MeasureReport","id":"%s","status":"complete","type":"%s",
                 "measure":"https://fhir.moh.gov.vn/Measure/benh-vien-so|2.1",
                 "reporter":{"reference":"Organization/so-y-te-01","identifier":{"system":"https://fhir.moh.gov.vn/sid/ma-tinh","value":"01"}},
                 "period":{"start":"2025-07-01","end":"2025-09-30"},"group":[%s]}""".formatted(id, type, groups);
    }

    private static String group(String extra, String... populations) {
        return "{" + extra + "\"population\":[" + String.join(",", populations) + "]}";
    }

    private static String population(String code, int count) {
        return POPULATION.formatted(code, count);
    }

    private List<SourceRecord> records(String json) {
        ParsedPayload parsed = format.parse(json.getBytes(StandardCharsets.UTF_8), "application/fhir+json");
        return format.records(null, ((ParsedPayload.Readable) parsed).document());
    }

    private JsonNode only(String json) {
        List<SourceRecord> records = records(json);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).isRefused()).as("%s", records.get(0).refusal()).isFalse();
        return (JsonNode) records.get(0).data();
    }

    private UnreadablePayloadException unreadable(String body, String contentType) {
        return catchThrowableOfType(UnreadablePayloadException.class, () -> format.parse(body.getBytes(StandardCharsets.UTF_8), contentType));
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Test
    void readsJsonOrXmlByContentTypeOrByTheFirstCharacter() {
        String json = report("a", "summary", group("", population("numerator", 1)));
        assertThat(((ParsedPayload.Readable) format.parse(json.getBytes(StandardCharsets.UTF_8), "application/fhir+json")).document())
                .isInstanceOf(MeasureReport.class);
        assertThat(((ParsedPayload.Readable) format.parse(("\n  " + json).getBytes(StandardCharsets.UTF_8), null)).document())
                .isInstanceOf(MeasureReport.class);
        String xml = "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"searchset\"/><total value=\"0\"/></Bundle>";
        assertThat(((ParsedPayload.Readable) format.parse(xml.getBytes(StandardCharsets.UTF_8), "application/fhir+xml;charset=UTF-8")).document())
                .isInstanceOf(Bundle.class);
        assertThat(((ParsedPayload.Readable) format.parse(xml.getBytes(StandardCharsets.UTF_8), "application/octet-stream")).document())
                .isInstanceOf(Bundle.class);
    }

    @Test
    void aBodyCutShortIsTruncatedSoItIsFetchedAgain() {
        String json = report("a", "summary", group("", population("numerator", 1)));
        UnreadablePayloadException cutJson = unreadable(json.substring(0, json.length() / 2), "application/fhir+json");
        assertThat(cutJson.isTruncated()).isTrue();
        assertThat(cutJson.getMessage()).contains("bị cắt ngang").contains("truncated");

        String xml = "<MeasureReport xmlns=\"http://hl7.org/fhir\"><id value=\"a\"/><status value=\"complete\"/><type value=\"summary\"/>"
                + "<period><start value=\"2025-07-01\"/><end value=\"2025-09-30\"/></period></MeasureReport>";
        for (int cut : new int[] {xml.length() / 2, xml.indexOf("<period>"), xml.length() - 3}) {
            assertThat(unreadable(xml.substring(0, cut), "application/fhir+xml").isTruncated()).as("cut at %d", cut).isTrue();
        }
    }

    @Test
    void anAnswerThatIsNotFhirIsUnreadableNamingWhatCame() {
        UnreadablePayloadException html = unreadable("<html><body>Bad Gateway</body></html>", "application/json");
        assertThat(html.isTruncated()).isFalse();
        assertThat(html.getMessage()).contains("không phải tài nguyên FHIR JSON").contains("'<'");

        assertThat(unreadable("<html><body>Bad Gateway</body></html>", "text/html").getMessage()).contains("html");
        assertThat(unreadable("<MeasureReport xmlns=\"http://hl7.org/fhir\"><id value=\"a\"/></Wrong>", "application/fhir+xml").isTruncated())
                .as("whole but wrong").isFalse();
        assertThat(unreadable("{\"maLoi\":\"0\"}", "application/json").getMessage()).contains("resourceType");
        assertThat(unreadable("Service Unavailable", "text/plain").getMessage()).contains("not a FHIR resource in JSON or XML");
        assertThat(unreadable("", "application/fhir+json").isTruncated()).isFalse();
        assertThat(unreadable("{\"resourceType\":\"Patient\",\"id\":\"p\"}", null).getMessage()).contains("Patient is not a Bundle or a MeasureReport");
    }

    @Test
    void aValueOfTheWrongFormRefusesItsRecordNotThePage() {
        String bad = report("bad", "summary", group("", "{\"code\":{\"coding\":[{\"code\":\"numerator\"}]},\"count\":\"nhiều\"}"))
                .replace("\"status\":\"complete\"", "\"status\":\"hoàn thành\"").replace("\"start\":\"2025-07-01\"", "\"start\":\"01/07/2025\"");
        String good = report("good", "summary", group("", population("denominator", 4), population("numerator", 3)));
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":" + bad + "},{\"resource\":" + good + "}]}";

        List<SourceRecord> records = records(bundle);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).refusal()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("populations");
            assertThat(p.value()).isEqualTo("nhiều");
        });
        JsonNode kept = (JsonNode) records.get(0).data();
        assertThat(kept.path("status").asText()).as("kept as written, for the status converter to name").isEqualTo("hoàn thành");
        assertThat(kept.path("period").asText()).isEqualTo("01/07/2025/2025-09-30");
        assertThat(records.get(1).isRefused()).isFalse();
        assertThat(((JsonNode) records.get(1).data()).path("percent").decimalValue()).isEqualByComparingTo("75");
    }

    @Test
    void anOperationOutcomeIsUnreadableWithTheServersDiagnostics() {
        UnreadablePayloadException outcome = unreadable("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"too-costly\","
                + "\"diagnostics\":\"Tìm kiếm quá lớn, hãy thu hẹp khoảng thời gian\"}]}", null);
        assertThat(outcome.isTruncated()).isFalse();
        assertThat(outcome.getMessage()).contains("OperationOutcome").contains("Tìm kiếm quá lớn");
    }

    // ---- documents declaring a DTD ------------------------------------------------------------------------------

    private HttpServer server;
    private final AtomicInteger fetched = new AtomicInteger();

    @BeforeEach
    void listener() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "<!ENTITY secret \"lộ\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<!DOCTYPE Bundle [<!ENTITY xxe SYSTEM \"http://127.0.0.1:PORT/xxe\">]><Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"&xxe;\"/></Bundle>",
            "<!DOCTYPE Bundle SYSTEM \"http://127.0.0.1:PORT/bundle.dtd\"><Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"searchset\"/></Bundle>",
            "<!DOCTYPE Bundle [<!ENTITY % remote SYSTEM \"http://127.0.0.1:PORT/p\"> %remote;]><Bundle xmlns=\"http://hl7.org/fhir\"/>",
            "<!DOCTYPE Bundle [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                    + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                    + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"searchset\"/><entry><resource><MeasureReport><text><status value=\"generated\"/>"
                    + "<div xmlns=\"http://www.w3.org/1999/xhtml\">&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</div></text></MeasureReport></resource></entry></Bundle>"})
    void aDocumentDeclaringADtdIsRefusedWholeAndNothingItNamesIsFetched(String document) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.replace("PORT", Integer.toString(server.getAddress().getPort()));

        ParsedPayload parsed = format.parse(body.getBytes(StandardCharsets.UTF_8), "application/fhir+xml");

        assertThat(parsed).isInstanceOf(ParsedPayload.Refused.class);
        Problem reason = ((ParsedPayload.Refused) parsed).reasons().get(0);
        assertThat(reason.value()).startsWith("<!DOCTYPE Bundle");
        assertThat(reason.messageVi()).contains("DTD").contains("XXE");
        assertThat(reason.messageEn()).contains("nothing it names was fetched");
        assertThat(fetched).as("requests the document made the parser send").hasValue(0);
    }

    // ---- the flat records ---------------------------------------------------------------------------------------

    @Test
    void aGroupGivesItsMeasureGroupKeyPeriodIntervalReporterAndProportionScoringCounts() {
        JsonNode record = only(report("bvs-01", "summary", group("\"id\":\"g1\",\"code\":{\"coding\":[{\"code\":\"benh-vien-so\"}]},"
                + "\"measureScore\":{\"value\":0.7778},", population("initial-population", 100), population("denominator", 100),
                population("denominator-exclusion", 5), population("denominator-exception", 5), population("numerator", 72),
                population("numerator-exclusion", 2))));

        assertThat(record.path("recordId").asText()).isEqualTo("MeasureReport/bvs-01#benh-vien-so");
        assertThat(record.path("measureUrl").asText()).isEqualTo("https://fhir.moh.gov.vn/Measure/benh-vien-so");
        assertThat(record.path("measureVersion").asText()).isEqualTo("2.1");
        assertThat(record.path("group").asText()).as("the code, before the id").isEqualTo("benh-vien-so");
        assertThat(record.path("groupId").asText()).isEqualTo("g1");
        assertThat(record.path("measureGroup").asText()).isEqualTo("https://fhir.moh.gov.vn/Measure/benh-vien-so#benh-vien-so");
        assertThat(record.path("period").asText()).isEqualTo("2025-07-01/2025-09-30");
        assertThat(record.at("/reporter/identifiers/https:~1~1fhir.moh.gov.vn~1sid~1ma-tinh").asText()).isEqualTo("01");
        assertThat(record.at("/populations/denominator-exception").asInt()).isEqualTo(5);
        assertThat(record.path("numerator").asInt()).as("72 - 2 excluded").isEqualTo(70);
        assertThat(record.path("denominator").asInt()).as("100 - 5 excluded - 5 excepted").isEqualTo(90);
        assertThat(record.path("percent").decimalValue()).as("the score 0.7778 x 100").isEqualByComparingTo("77.78");
    }

    @Test
    void thePercentIsTheScoreInPercentOrComputedFromTheCountsOrAbsentForACount() {
        assertThat(only(report("a", "summary", group("\"measureScore\":{\"value\":61.5,\"unit\":\"%\"},"))).path("percent").decimalValue())
                .isEqualByComparingTo("61.5");
        assertThat(only(report("b", "summary", group("", population("denominator", 3), population("numerator", 2)))).path("percent").decimalValue())
                .as("no score: 100 x 2 / 3, four decimals").isEqualByComparingTo("66.6667");
        JsonNode count = only(report("c", "summary", group("\"measureScore\":{\"value\":125000},")));
        assertThat(count.path("percent").isNull()).isTrue();
        assertThat(count.path("measureScore").asInt()).isEqualTo(125000);
        assertThat(only(report("d", "summary", group("", population("denominator", 0), population("numerator", 0)))).path("percent").isNull())
                .as("nothing to divide by").isTrue();
    }

    @Test
    void groupsWithoutCodeOrIdAreKeyedByTheirPositionAndEachIsARecord() {
        List<SourceRecord> records = records(report("multi", "summary",
                group("", population("numerator", 1)) + "," + group("\"id\":\"thu-hai\",", population("numerator", 2))));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("MeasureReport/multi#group[0]", "MeasureReport/multi#thu-hai");
    }

    @Test
    void aContainedReporterIsResolvedWithItsIdentifiersAndName() {
        String json = report("c", "summary", group("", population("numerator", 1)))
                .replace("\"reporter\":{\"reference\":\"Organization/so-y-te-01\",\"identifier\":{\"system\":\"https://fhir.moh.gov.vn/sid/ma-tinh\",\"value\":\"01\"}}",
                        "\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"org\",\"name\":\"Sở Y tế Huế\",\"identifier\":["
                                + "{\"system\":\"urn:oid:2.16.704\",\"value\":\"H46\"},{\"system\":\"https://fhir.moh.gov.vn/sid/ma-tinh\",\"value\":\"46\"}]}],"
                                + "\"reporter\":{\"reference\":\"#org\"}");

        JsonNode reporter = only(json).path("reporter");

        assertThat(reporter.path("name").asText()).isEqualTo("Sở Y tế Huế");
        assertThat(reporter.path("identifierValue").asText()).as("the first identifier").isEqualTo("H46");
        assertThat(reporter.path("identifiers").path("https://fhir.moh.gov.vn/sid/ma-tinh").asText()).isEqualTo("46");
    }

    @Test
    void reportsThatAreNotAggregatesAreRefusedAsOneRecordEach() {
        assertThat(records(report("dc", "data-collection", group("", population("numerator", 1))))).singleElement()
                .satisfies(r -> assertThat(r.refusal()).extracting(Problem::value).containsExactly("data-collection"));
        String aboutOnePatient = report("p", "summary", group("", population("numerator", 1)))
                .replace("\"period\"", "\"subject\":{\"reference\":\"Patient/bn-1\"},\"period\"");
        assertThat(records(aboutOnePatient)).singleElement().satisfies(r -> {
            assertThat(r.refusal()).extracting(Problem::field).containsExactly("subject");
            assertThat(r.data().toString()).doesNotContain("bn-1");
        });
        assertThat(records(report("empty", "summary", ""))).singleElement()
                .satisfies(r -> assertThat(r.refusal()).extracting(Problem::field).containsExactly("group"));
        assertThat(records(report("twice", "summary", group("", population("numerator", 1), population("numerator", 2))))).singleElement()
                .satisfies(r -> assertThat(r.refusal()).extracting(Problem::value).containsExactly("numerator"));
    }
}
