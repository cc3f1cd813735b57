package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.mapping.MappingExamplesTest.ExpectedObservation;
import vn.dxhub.validation.ObservationValidator;
import vn.dxhub.validation.Problem;

/**
 * MeasureReports shaped like the FHIR R4 specification's own examples (fixtures/fhir: the cms146 summary in XML with
 * a contained reporter and stratifiers, a multi-group public-health summary in JSON like the HIV indicators, the cms146
 * individual and subject-list reports), parsed with HAPI and mapped by a test mapping as the ingestion does.
 */
class FhirSpecExamplesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/fhir");

    private static ReferenceData reference;
    private static Mapping mapping;
    private static ObservationValidator validator;

    /** What one fixture gave: the records, the observations stored and the records quarantined with their problems. */
    private record Outcome(List<SourceRecord> records, List<ExpectedObservation> stored, List<MappedRecord> quarantined) {}

    @BeforeAll
    static void load() {
        reference = ReferenceDataLoader.load(Path.of("mappings"));
        mapping = new MappingLoader(FIXTURES, reference.catalog()).load("vi-du-dac-ta.yaml");
        validator = MappingExamplesTest.observationValidator(reference);
    }

    private static Outcome ingest(String fixture, String contentType) throws Exception {
        byte[] body = Files.readAllBytes(FIXTURES.resolve(fixture));
        PayloadFormat format = PayloadFormats.of(Mapping.Format.FHIR);
        Object document = ((ParsedPayload.Readable) format.parse(body, contentType)).document();
        List<SourceRecord> records = format.records(mapping, document);
        RecordMapper mapper = new RecordMapper(mapping, reference);
        List<ExpectedObservation> stored = new ArrayList<>();
        List<MappedRecord> quarantined = new ArrayList<>();
        for (SourceRecord record : records) {
            MappedRecord mapped = mapper.map(record, record.locator(), new SourceContext("fhir", "spec", Instant.now(), "0".repeat(64)));
            List<Problem> problems = new ArrayList<>(mapped.problems());
            if (mapped.isMapped()) {
                problems.addAll(validator.validate(mapped.observation()));
                problems.addAll(MappingRules.check(mapping, mapped.observation(), o -> Optional.empty()));
            }
            if (problems.isEmpty()) {
                stored.add(ExpectedObservation.of(mapped.observation()));
            } else {
                quarantined.add(new MappedRecord(null, problems, mapped.fragment(), mapped.locator()));
            }
        }
        return new Outcome(records, stored, quarantined);
    }

    private static ExpectedObservation observation(String indicator, String unit, String period, String value, Integer numerator, Integer denominator) {
        return new ExpectedObservation(indicator, unit, period, new BigDecimal(value).stripTrailingZeros(), "percent",
                numerator == null ? null : BigDecimal.valueOf(numerator).stripTrailingZeros(),
                denominator == null ? null : BigDecimal.valueOf(denominator).stripTrailingZeros(), "official");
    }

    @Test
    void aCalendarQuarterSummaryInXmlWithAContainedReporterExclusionsAndStratifiersMaps() throws Exception {
        Outcome outcome = ingest("cms146-cat3-tong-hop.xml", "application/fhir+xml");

        // 270 of (640 - 40 excluded) = 45%; January to March is the hub's first quarter; province code 33 from the contained reporter
        assertThat(outcome.stored()).containsExactly(observation("4.4", "33", "2026Q1", "45", 270, 600));
        assertThat(outcome.quarantined()).isEmpty();
        JsonNode record = (JsonNode) outcome.records().get(0).data();
        assertThat(record.at("/reporter/reference").asText()).isEqualTo("#reporter");
        assertThat(record.at("/reporter/name").asText()).isEqualTo("Bệnh viện Đa khoa tỉnh Hưng Yên");
        assertThat(record.at("/populations/denominator-exclusion").asInt()).isEqualTo(40);
        assertThat(record.path("stratifiers").findValuesAsText("code")).containsExactly("tuoi", "bao-hiem", "gioi-tinh");
        assertThat(record.path("stratifiers").findValues("strata")).allSatisfy(n -> assertThat(n.asInt()).isEqualTo(2));
        assertThat(outcome.records().get(0).locator()).isEqualTo("MeasureReport/viem-hong-tre-em-tong-hop#nhom-1");
    }

    @Test
    void everyGroupOfAMultiGroupSummaryInJsonIsItsOwnRecord() throws Exception {
        Outcome outcome = ingest("chi-so-y-te-tinh-nhieu-nhom.json", "application/fhir+json");

        assertThat(outcome.records()).hasSize(5);
        assertThat(outcome.stored()).containsExactlyInAnyOrder(
                observation("4.4", "40", "2025Q4", "93.5", null, null),
                observation("4.5", "40", "2025Q4", "88.2", null, null),
                observation("4.6", "40", "2025Q4", "61", null, null),
                observation("4.7", "40", "2025Q4", "70.4", null, null));
        // a count score is not a percent: the mapping has no indicator for it and no value to read
        assertThat(outcome.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.locator()).isEqualTo("MeasureReport/chi-so-y-te-nghe-an-2025-q4#SO_LUOT_KHAM_TU_XA");
            assertThat(q.problems()).extracting(Problem::field).containsExactlyInAnyOrder("indicator", "value");
            assertThat(q.fragment()).contains("\"measureScore\":125000");
        });
        JsonNode stratified = (JsonNode) outcome.records().get(2).data();
        assertThat(stratified.path("measureGroup").asText()).isEqualTo("https://fhir.example.vn/Measure/chi-so-y-te-tinh#TL_KCB_TU_XA");
        assertThat(stratified.at("/stratifiers/0/strata").asInt()).isEqualTo(3);
    }

    @Test
    void anIndividualReportIsRefusedAndItsRecordKeepsNothingOfThePatient() throws Exception {
        Outcome outcome = ingest("cms146-cat1-ca-nhan.json", "application/fhir+json");

        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.locator()).isEqualTo("MeasureReport/viem-hong-tre-em-ca-nhan");
            assertThat(q.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("type");
                assertThat(p.value()).isEqualTo("individual");
                assertThat(p.messageVi()).contains("không nhận dữ liệu cá nhân");
                assertThat(p.messageEn()).contains("the hub takes aggregates only").contains("no personal data");
            });
            assertThat(q.fragment()).contains("viem-hong-tre-em").doesNotContain("Patient", "bn-0042", "Trần Thị Bình", "Condition", "Observation/");
        });
    }

    @Test
    void aSubjectListIsRefusedAndItsPatientListsAreLeftOut() throws Exception {
        Outcome outcome = ingest("cms146-cat2-danh-sach.xml", "application/fhir+xml");

        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.problems()).extracting(Problem::value).containsExactly("subject-list");
            assertThat(q.fragment()).doesNotContain("List/", "danh-sach-benh-nhan");
        });
    }
}
