package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.lint.LintException;
import vn.dxhub.lint.LintProblem;

class MappingLoaderTest {

    private static IndicatorCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ReferenceDataLoader.load(Path.of("mappings")).catalog();
    }

    @Test
    void theShippedMappingsAreValid() {
        MappingLoader loader = new MappingLoader(Path.of("mappings"), catalog);
        assertThat(loader.mappingFiles()).contains("lgsp/chi-tieu.yaml", "dvc/ho-so.yaml", "dvc/thong-ke.yaml")
                .noneMatch(f -> f.startsWith("catalog/"));
        loader.mappingFiles().forEach(loader::load);
    }

    @Test
    void aFhirMappingHasNoRecordsPath(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fhir"));
        Files.writeString(dir.resolve("fhir/records.yaml"), """
                id: fhir-records
                type: records
                format: fhir
                records: "$.entry[*]"
                fields:
                  indicator: { value: "4.4" }
                  reportingUnit: { from: "$.reporter.identifierValue", convert: province-code }
                  period: { from: "$.period", convert: period }
                  value: { from: "$.percent", convert: number }
                """);

        LintException e = catchThrowableOfType(LintException.class, () -> new MappingLoader(dir, catalog).load("fhir/records.yaml"));

        assertThat(e.problems()).extracting(LintProblem::path).containsExactly("$.records");
        assertThat(e.problems().get(0).message()).contains("one record per MeasureReport group");
    }

    @Test
    void aMappingWithMistakesIsRefusedWithEveryProblem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/broken.yaml"), """
                id: broken
                type: records
                format: json
                records: "$.data[*"
                fields:
                  indicator:
                    from: "$.code"
                    crosswalk: codes
                  period:
                    from: "$.ky"
                    convert: period
                  value:
                    from: "$.giaTri"
                    convert: number
                  colour:
                    from: "$.mau"
                crosswalks:
                  otherCodes:
                    A: "1.4"
                rules:
                  - indicators: ["9.9"]
                    min: 10
                    max: 5
                """);

        LintException e = catchThrowableOfType(LintException.class, () -> new MappingLoader(dir, catalog).load("src/broken.yaml"));

        assertThat(e.problems()).extracting(LintProblem::path).contains("$.records", "$.fields.colour", "$.fields",
                "$.fields.indicator.crosswalk", "$.rules[0].indicators", "$.rules[0]");
        assertThat(e.problems()).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("reportingUnit"));
    }

    @Test
    void structuralMistakesAreNamedByTheSchema(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/shape.yaml"), """
                id: Shape With Spaces
                type: rows-and-columns
                format: json
                fields:
                  value:
                    from: "$.v"
                    convert: roman-numerals
                """);

        LintException e = catchThrowableOfType(LintException.class, () -> new MappingLoader(dir, catalog).load("src/shape.yaml"));

        assertThat(e.problems()).extracting(LintProblem::path).contains("$.id", "$.type", "$.fields.value.convert");
    }

    @Test
    void tableMappingsAreCheckedForWhatATableNeeds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/table.yaml"), """
                id: bang
                type: records
                format: table
                records: "$.rows[*]"
                table:
                  headerRow: { contains: [] }
                  sheet: "Phụ lục 01"
                fields:
                  indicator:     { from: "$.maChiTieu" }
                  reportingUnit: { fromDocument: "Đơn vị báo cáo", convert: unit-name }
                  period:        { fromDocument: "Kỳ báo cáo", convert: period }
                  value:         { fromDocument: "Giá trị", convert: number }
                """);
        Files.writeString(dir.resolve("src/json.yaml"), """
                id: json
                type: records
                format: json
                table: { endBefore: ["II."] }
                fields:
                  indicator:     { from: "$.ma" }
                  reportingUnit: { from: "$.donVi" }
                  period:        { from: "$.ky", convert: period }
                  value:         { from: "$.giaTri", convert: number }
                """);
        MappingLoader loader = new MappingLoader(dir, catalog);

        LintException schema = catchThrowableOfType(LintException.class, () -> loader.load("src/table.yaml"));
        assertThat(schema.problems()).extracting(LintProblem::path).contains("$.table.headerRow.contains", "$.table");

        Files.writeString(dir.resolve("src/table.yaml"), Files.readString(dir.resolve("src/table.yaml"))
                .replace("headerRow: { contains: [] }", "endBefore: [\"II.\"]").replace("  sheet: \"Phụ lục 01\"\n", ""));
        LintException checks = catchThrowableOfType(LintException.class, () -> loader.load("src/table.yaml"));
        assertThat(checks.problems()).extracting(LintProblem::path).contains("$.records", "$.fields.value", "$.fields.indicator.from");
        assertThat(checks.problems()).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("tên cột"));

        LintException notATable = catchThrowableOfType(LintException.class, () -> loader.load("src/json.yaml"));
        assertThat(notATable.problems()).extracting(LintProblem::path).containsExactly("$.table");
    }
}
