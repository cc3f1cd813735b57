package vn.dxhub.connector.dvc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingExamplesTest;
import vn.dxhub.mapping.MappingExamplesTest.Example;
import vn.dxhub.mapping.MappingExamplesTest.ExpectedObservation;
import vn.dxhub.mapping.MappingExamplesTest.Quarantined;
import vn.dxhub.mapping.MappingLoader;
import vn.dxhub.mapping.MappingRules;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.validation.ObservationValidator;
import vn.dxhub.validation.Problem;

/**
 * Runs the examples of {@code dossiers} mappings as {@link DvcDossiersPuller} does with one page: each dossier is
 * read by {@link DossierReader} for the expected file's unit and period and counted or set aside, then the tally
 * becomes observations ({@link DossierAggregates}) that are validated like mapped records. The expected file
 * gives {@code unit}, {@code period}, {@code onlineServices} (the services count the portal answers) and
 * {@code fetchedOn} (the day of the pull: before the period's deadline the aggregates are provisional).
 */
class DossierMappingExamplesTest {

    private static final String RECORDS_FIELD = "content";
    private static final String TOTAL_PAGES_FIELD = "totalPages";

    private static ReferenceData reference;
    private static MappingLoader loader;
    private static ObservationValidator validator;

    @BeforeAll
    static void load() {
        reference = ReferenceDataLoader.load(MappingExamplesTest.MAPPINGS);
        loader = new MappingLoader(MappingExamplesTest.MAPPINGS, reference.catalog());
        validator = MappingExamplesTest.observationValidator(reference);
    }

    @TestFactory
    Stream<DynamicTest> dossierExamplesGiveTheExpectedAggregates() {
        return MappingExamplesTest.examples().stream()
                .filter(Example::hasExpected)
                .filter(e -> e.isOfType(loader, Mapping.Type.DOSSIERS))
                .map(e -> DynamicTest.dynamicTest(MappingExamplesTest.MAPPINGS.relativize(e.payload()).toString(), () -> check(e)));
    }

    private static void check(Example example) throws IOException {
        Mapping mapping = loader.load(example.mappingFile());
        JsonNode expected = example.expectedJson();
        assertThat(expected.path("onlineServices").canConvertToLong()).as("'onlineServices' in %s", example.expected()).isTrue();
        ReportingUnit unit = reference.units().find(expected.path("unit").asText()).orElseThrow(
                () -> new AssertionError("'unit' in " + example.expected() + " is not a unit id"));
        Period period = Period.parse(expected.path("period").asText(null)).orElseThrow(
                () -> new AssertionError("'period' in " + example.expected() + " is not a period id"));
        LocalDate fetchedOn = LocalDate.parse(expected.path("fetchedOn").asText());
        PeriodWindow window = reference.calendar().windowOf(period);

        DossierReader reader = new DossierReader(mapping);
        byte[] body = Files.readAllBytes(example.payload());
        DossierPage page = DossierPage.parse(body, RECORDS_FIELD, TOTAL_PAGES_FIELD, example.payload().toString(),
                record -> reader.read(record, unit.code(), unit.id(), window));

        List<Quarantined> quarantined = new ArrayList<>();
        page.forEachBad(bad -> quarantined.add(Quarantined.of("#" + bad.index(), bad.problems())));
        ObservationStatus status = fetchedOn.isBefore(window.dueBefore()) ? ObservationStatus.PROVISIONAL : ObservationStatus.OFFICIAL;
        List<Observation> aggregates = DossierAggregates.observations(page.tally, expected.path("onlineServices").asLong(),
                mapping.indicators(), unit.id(), period.id(), status,
                DossierAggregates.source("example-" + mapping.id(), unit.id(), period.id(), MappingExamplesTest.FETCHED_AT));
        List<ExpectedObservation> stored = new ArrayList<>();
        for (Observation o : aggregates) {
            List<Problem> problems = new ArrayList<>(validator.validate(o));
            problems.addAll(MappingRules.check(mapping, o, previous -> Optional.empty()));
            if (problems.isEmpty()) {
                stored.add(ExpectedObservation.of(o));
            } else {
                quarantined.add(Quarantined.of("aggregate " + o.indicator() + " " + o.reportingUnit() + " " + o.period(), problems));
            }
        }
        MappingExamplesTest.assertOutcome(example, stored, quarantined);
    }
}
