package vn.dxhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxhub.lint.LintException;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.support.HubTestData;

/** A broken reference file is refused with every problem named by file and path. */
class ReferenceDataLintTest {

    @TempDir
    Path mappings;

    @BeforeEach
    void copyShippedMappings() throws IOException {
        HubTestData.copyTree(Path.of("mappings"), mappings);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = mappings.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture text to replace in " + file).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private LintException refused() {
        return catchThrowableOfType(LintException.class, () -> ReferenceDataLoader.load(mappings));
    }

    @Test
    void theShippedReferenceDataIsClean() {
        assertThat(ReferenceDataLoader.load(mappings).catalog().indicators()).isNotEmpty();
    }

    @Test
    void aCatalogWithTwoMistakesIsRefusedWithBothNamed() throws IOException {
        edit("catalog/indicators.yaml", "plan2023: \"30%\"", "plan2023: \"30 phần trăm\"");
        edit("catalog/indicators.yaml", "unitOfMeasure: rank", "unitOfMeasure: ranking");

        LintException e = refused();

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).extracting(LintProblem::file).containsOnly("catalog/indicators.yaml");
        assertThat(e.problems()).extracting(LintProblem::path)
                .containsExactlyInAnyOrder("$.indicators[3].plan2023", "$.indicators[52].unitOfMeasure");
        assertThat(e.getMessage()).contains("30 phần trăm").contains("$.indicators[52].unitOfMeasure");
    }

    @Test
    void mistakesInSeveralFilesAreReportedTogether() throws IOException {
        edit("catalog/indicators.yaml", "code: \"1.2\"", "code: \"1.1\"");
        edit("catalog/units.yaml", "successor: \"08\"", "successor: \"99\"");
        edit("calendar.yaml", "startMonth: 7", "startMonth: 8");
        edit("catalog/plan-2025-indicators.yaml", "linkedIndicator: \"1.9\"", "linkedIndicator: \"9.9\"");

        LintException e = refused();

        assertThat(e.problems()).extracting(p -> p.file() + " " + p.path()).contains(
                "catalog/indicators.yaml $.indicators[1].code",
                "catalog/units.yaml $.units[35].successor",
                "calendar.yaml $.quarters[2].startMonth",
                "catalog/plan-2025-indicators.yaml $.indicators[4].linkedIndicator");
    }

    @Test
    void aPercentTargetAboveHundredAndAnUnknownLegalBasisAreRefused() throws IOException {
        edit("catalog/indicators.yaml", "target2025: \"≥ 80%\"", "target2025: \"≥ 180%\"");
        edit("catalog/indicators.yaml", "legalBasis: \"QĐ 942\"", "legalBasis: \"QĐ 999\"");

        assertThat(refused().problems()).extracting(LintProblem::path)
                .containsExactlyInAnyOrder("$.indicators[0].legalBasis", "$.indicators[3].target2025");
    }

    @Test
    void unreadableYamlNamesTheLine() throws IOException {
        Files.writeString(mappings.resolve("calendar.yaml"), "timeZone: [unclosed\nquarters: 1\n");

        LintException e = refused();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("calendar.yaml");
            assertThat(p.path()).startsWith("line ");
        });
    }

    @Test
    void decomposedNamesAreRefusedSoLookupsStayReliable() throws IOException {
        edit("catalog/units.yaml", "name: \"Hà Nội\"", "name: \"" + java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD) + "\"");

        assertThat(refused().problems()).extracting(LintProblem::path).containsExactly("$.units[0].name");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(mappings.resolve("catalog/agencies.yaml"));

        assertThat(refused().problems()).extracting(LintProblem::file).containsExactly("catalog/agencies.yaml");
    }
}
