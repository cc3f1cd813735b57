package vn.dxhub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;

class ObservationValidatorTest {

    private static ObservationValidator validator;

    @BeforeAll
    static void load() {
        ReferenceData data = ReferenceDataLoader.load(Path.of("mappings"));
        validator = new ObservationValidator(Path.of("mappings/schema/observation-v1.schema.json"), data.catalog(), data.units(), data.calendar());
    }

    private static Observation share(String indicator, String unit, String period, String value, String numerator, String denominator) {
        return new Observation(indicator, unit, period, new BigDecimal(value), "percent",
                numerator == null ? null : new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator),
                ObservationStatus.OFFICIAL, 1,
                new ObservationSource("dvc", "dvc-dossiers-01", "r-1", Instant.parse("2025-10-01T01:00:00Z"), "a".repeat(64)));
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void acceptsAValidShareForANewProvinceInAQuarterAfterTheMerger() {
        assertThat(validator.validate(share("1.4", "01", "2025Q3", "82.5", "825", "1000"))).isEmpty();
    }

    @Test
    void rejectsUnknownIndicator() {
        List<Problem> problems = validator.validate(share("9.9", "01", "2025Q3", "50", null, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("indicator");
            assertThat(p.value()).isEqualTo("9.9");
            assertThat(p.messageVi()).contains("không có trong danh mục");
            assertThat(p.messageEn()).isEqualTo("unknown indicator");
        });
    }

    @Test
    void rejectsPercentAboveHundred() {
        assertThat(validator.validate(share("1.4", "01", "2025Q3", "100.5", null, null)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("value");
                    assertThat(p.value()).isEqualTo("100.5");
                });
    }

    @Test
    void rejectsNegativePercent() {
        assertThat(fields(validator.validate(share("1.4", "01", "2025Q3", "-1", null, null)))).containsExactly("value");
    }

    @Test
    void rejectsUnitOfMeasureThatDiffersFromTheCatalog() {
        Observation rankAsPercent = share("5.1", "CDSQG", "2025", "70", null, null);
        assertThat(validator.validate(rankAsPercent)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("unitOfMeasure");
            assertThat(p.messageEn()).contains("rank");
        });
    }

    @Test
    void rejectsRankBelowOne() {
        Observation rank = new Observation("5.1", "CDSQG", "2025", BigDecimal.ZERO, "rank", null, null, ObservationStatus.OFFICIAL, 1, null);
        assertThat(fields(validator.validate(rank))).containsExactly("value");
    }

    @Test
    void rejectsNegativeCountsInNumeratorAndDenominator() {
        assertThat(fields(validator.validate(share("1.4", "01", "2025Q3", "50", "-3", "-1"))))
                .containsExactlyInAnyOrder("numerator", "denominator");
    }

    @Test
    void rejectsPeriodTypeTheIndicatorIsNotReportedIn() {
        List<Problem> problems = validator.validate(new Observation("5.1", "CDSQG", "2025Q3", new BigDecimal("86"), "rank",
                null, null, ObservationStatus.OFFICIAL, 1, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("period");
            assertThat(p.messageVi()).contains("quý");
        });
    }

    @Test
    void rejectsAnOldProvinceAfterTheMergerAndANewOneBefore() {
        assertThat(validator.validate(share("1.4", "T63-02", "2025Q3", "50", null, null)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reportingUnit");
                    assertThat(p.messageVi()).contains("Hà Giang").contains("08");
                });
        assertThat(fields(validator.validate(share("1.4", "08", "2025Q2", "50", null, null)))).containsExactly("reportingUnit");
        assertThat(validator.validate(share("1.4", "T63-02", "2025Q2", "50", null, null))).isEmpty();
    }

    @Test
    void rejectsUnknownReportingUnit() {
        assertThat(fields(validator.validate(share("1.4", "XX", "2025Q3", "50", null, null)))).containsExactly("reportingUnit");
    }

    @Test
    void rejectsNumeratorGreaterThanDenominator() {
        assertThat(validator.validate(share("1.4", "01", "2025Q3", "50", "1200", "1000")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("numerator");
                    assertThat(p.value()).isEqualTo("1200");
                    assertThat(p.messageEn()).contains("1000");
                });
    }

    @Test
    void rejectsMalformedPeriodId() {
        assertThat(validator.validate(share("1.4", "01", "Q3/2025", "50", null, null)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("period");
                    assertThat(p.value()).isEqualTo("Q3/2025");
                    assertThat(p.messageVi()).isEqualTo("sai định dạng");
                });
    }

    @Test
    void reportsEveryProblemOfOneRecordAtOnce() {
        List<Problem> problems = validator.validate(share("9.9", "XX", "2025Q9", "50", "2", "1"));
        assertThat(fields(problems)).containsExactlyInAnyOrder("indicator", "reportingUnit", "period", "numerator");
    }

    @Test
    void namesMissingFieldsAndWrongTypesOfARawRecord() {
        ObjectNode record = new ObjectMapper().createObjectNode()
                .put("indicator", "1.4").put("period", "2025Q3").put("value", "tám mươi").put("unitOfMeasure", "percent")
                .put("status", "draft");
        List<Problem> problems = validator.validate(record);
        assertThat(fields(problems)).containsExactlyInAnyOrder("reportingUnit", "value", "status");
        assertThat(problems).filteredOn(p -> p.field().equals("value")).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("tám mươi"));
    }
}
