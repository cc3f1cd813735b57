package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.observation.Observation;
import vn.dxhub.validation.ObservationValidator;
import vn.dxhub.validation.Problem;

/**
 * Every mapping has example payloads with the observations it must produce beside them
 * ({@code mappings/<source>/examples/}, described in {@code mappings/EXAMPLES.md}). This test runs the
 * {@code records} examples through the mapper, the validator and the mapping's rules, as the ingestion does,
 * and checks that the folders are complete; {@code vn.dxhub.connector.dvc.DossierMappingExamplesTest}
 * runs the {@code dossiers} examples.
 */
public class MappingExamplesTest {

    public static final Path MAPPINGS = Path.of("mappings");
    public static final String EXPECTED_SUFFIX = ".expected.json";
    /** The locator of an example whose whole document its format refuses (an XML document with a DTD, say). */
    public static final String REFUSED_DOCUMENT = "document";
    /** The time every example is fetched at; its payload hash is computed from the file. */
    public static final Instant FETCHED_AT = Instant.parse("2025-10-20T01:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static ReferenceData reference;
    private static MappingLoader loader;
    private static ObservationValidator validator;

    @BeforeAll
    static void load() {
        reference = ReferenceDataLoader.load(MAPPINGS);
        loader = new MappingLoader(MAPPINGS, reference.catalog());
        validator = observationValidator(reference);
    }

    public static ObservationValidator observationValidator(ReferenceData reference) {
        return new ObservationValidator(MAPPINGS.resolve("schema/observation-v1.schema.json"), reference.catalog(), reference.units(),
                reference.calendar());
    }

    @TestFactory
    Stream<DynamicTest> everyMappingHasAtLeastOneExample() {
        List<Example> examples = examples();
        return loader.mappingFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Path folder = MAPPINGS.resolve(file).getParent().resolve("examples");
            assertThat(examples).as("examples of %s in %s", file, folder)
                    .anyMatch(e -> e.payload().getParent().equals(folder) && e.hasExpected() && file.equals(e.mappingFile()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHasItsExpectedFileAndEveryExpectedFileItsPayload() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : examples()) {
            tests.add(DynamicTest.dynamicTest(MAPPINGS.relativize(e.payload()).toString(), () -> {
                assertThat(e.expected()).as("expected observations beside the example %s", e.payload()).exists();
                assertThat(e.mappingFile()).as("'mapping' in %s", e.expected()).isNotBlank();
                assertThat(MAPPINGS.resolve(e.mappingFile())).as("mapping named by %s", e.expected()).isRegularFile();
            }));
        }
        for (Path expected : expectedFiles()) {
            tests.add(DynamicTest.dynamicTest(MAPPINGS.relativize(expected).toString(), () -> assertThat(payloadOf(expected))
                    .as("example payload of %s", expected).exists()));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> recordsExamplesGiveTheExpectedObservations() {
        return examples().stream()
                .filter(Example::hasExpected)
                .filter(e -> e.isOfType(loader, Mapping.Type.RECORDS))
                .map(e -> DynamicTest.dynamicTest(MAPPINGS.relativize(e.payload()).toString(), () -> check(e)));
    }

    private static void check(Example example) throws IOException {
        Mapping mapping = loader.load(example.mappingFile());
        byte[] body = Files.readAllBytes(example.payload());
        PayloadFormat format = PayloadFormats.of(mapping.format());
        ParsedPayload parsed = format.parse(body, example.contentType());
        List<ExpectedObservation> stored = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        if (parsed instanceof ParsedPayload.Refused refused) {
            quarantined.add(Quarantined.of(REFUSED_DOCUMENT, refused.reasons()));
            assertOutcome(example, stored, quarantined);
            return;
        }
        RecordMapper mapper = new RecordMapper(mapping, reference);
        SourceContext source = new SourceContext(example.payload().getParent().getParent().getFileName().toString(),
                "example-" + mapping.id(), FETCHED_AT, sha256(body));
        for (SourceRecord sourceRecord : format.records(mapping, ((ParsedPayload.Readable) parsed).document())) {
            MappedRecord record = mapper.map(sourceRecord, sourceRecord.locator(), source);
            List<Problem> problems = new ArrayList<>(record.problems());
            if (record.isMapped()) {
                problems.addAll(validator.validate(record.observation()));
                problems.addAll(MappingRules.check(mapping, record.observation(), o -> Optional.empty()));
            }
            if (problems.isEmpty()) {
                stored.add(ExpectedObservation.of(record.observation()));
            } else {
                quarantined.add(Quarantined.of(record.locator(), problems));
            }
        }
        assertOutcome(example, stored, quarantined);
    }

    /** Compares what was stored and quarantined with the expected file, exactly, in any order. */
    public static void assertOutcome(Example example, List<ExpectedObservation> stored, List<Quarantined> quarantined) {
        JsonNode expected = example.expectedJson();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(stored).as("observations stored from %s", example.payload())
                .containsExactlyInAnyOrderElementsOf(ExpectedObservation.listOf(expected.path("observations")));
        softly.assertThat(quarantined).as("records quarantined from %s (with the field of every problem)", example.payload())
                .containsExactlyInAnyOrderElementsOf(Quarantined.listOf(expected.path("quarantined")));
        softly.assertAll();
    }

    // ---- discovery ----------------------------------------------------------------------------------------------

    /** One example payload {@code mappings/<source>/examples/<name>.<json|xml|...>} and its {@code <name>.expected.json}. */
    public record Example(Path payload, Path expected) {

        /** The content type a source would send the payload with, from its file extension. */
        public String contentType() {
            String name = payload.getFileName().toString();
            return CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        }

        public boolean hasExpected() {
            return Files.isRegularFile(expected);
        }

        public JsonNode expectedJson() {
            try {
                return JSON.readTree(expected.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the named mapping has this type; true when it cannot be loaded, so that the example's test fails on it. */
        public boolean isOfType(MappingLoader loader, Mapping.Type type) {
            try {
                return loader.load(mappingFile()).type() == type;
            } catch (RuntimeException e) {
                return true;
            }
        }

        /** The mapping the expected file names, relative to {@code mappings/}; null without an expected file. */
        public String mappingFile() {
            return hasExpected() ? expectedJson().path("mapping").asText(null) : null;
        }
    }

    private static final java.util.Map<String, String> CONTENT_TYPES = java.util.Map.of("json", "application/json", "xml", "application/xml",
            "csv", "text/csv", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xls", "application/vnd.ms-excel");

    /** Every example payload under {@code mappings/*}{@code /examples/}. */
    public static List<Example> examples() {
        return exampleFiles().stream().filter(f -> !f.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                .map(f -> new Example(f, f.resolveSibling(f.getFileName().toString().replaceFirst("\\.[^.]+$", EXPECTED_SUFFIX))))
                .toList();
    }

    private static List<Path> expectedFiles() {
        return exampleFiles().stream().filter(f -> f.getFileName().toString().endsWith(EXPECTED_SUFFIX)).toList();
    }

    /** The payload beside an expected file, whatever its extension; a path that does not exist when there is none. */
    private static Path payloadOf(Path expected) {
        String name = expected.getFileName().toString();
        String base = name.substring(0, name.length() - EXPECTED_SUFFIX.length());
        return exampleFiles().stream().filter(f -> f.getParent().equals(expected.getParent()))
                .filter(f -> !f.getFileName().toString().endsWith(EXPECTED_SUFFIX))
                .filter(f -> f.getFileName().toString().replaceFirst("\\.[^.]+$", "").equals(base))
                .findFirst().orElse(expected.resolveSibling(base + ".json"));
    }

    private static List<Path> exampleFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> sources = Files.list(MAPPINGS)) {
            for (Path folder : sources.map(s -> s.resolve("examples")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inFolder = Files.list(folder)) {
                    inFolder.filter(f -> !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f)).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    // ---- comparison ---------------------------------------------------------------------------------------------

    /** The compared fields of one observation; numbers without trailing zeros, so they are equal when compareTo is 0. */
    public record ExpectedObservation(String indicator, String reportingUnit, String period, BigDecimal value, String unitOfMeasure,
                                      BigDecimal numerator, BigDecimal denominator, String status) {

        public static ExpectedObservation of(Observation o) {
            return new ExpectedObservation(o.indicator(), o.reportingUnit(), o.period(), plain(o.value()), o.unitOfMeasure(),
                    plain(o.numerator()), plain(o.denominator()), o.status() == null ? null : o.status().code());
        }

        static List<ExpectedObservation> listOf(JsonNode array) {
            List<ExpectedObservation> list = new ArrayList<>();
            array.forEach(n -> list.add(new ExpectedObservation(text(n, "indicator"), text(n, "reportingUnit"), text(n, "period"),
                    number(n, "value"), text(n, "unitOfMeasure"), number(n, "numerator"), number(n, "denominator"), text(n, "status"))));
            return list;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static BigDecimal number(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                fail("'" + field + "' must be a JSON number in " + n);
            }
            return plain(v.decimalValue());
        }

        private static BigDecimal plain(BigDecimal d) {
            return d == null ? null : d.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return "{" + indicator + " " + reportingUnit + " " + period + " value=" + str(value) + " " + unitOfMeasure + " numerator=" + str(numerator)
                    + " denominator=" + str(denominator) + " " + status + "}";
        }

        private static String str(BigDecimal d) {
            return d == null ? "null" : d.toPlainString();
        }
    }

    /** A quarantined record: its locator and the field of each of its problems, sorted (a field appears once per problem). */
    public record Quarantined(String locator, List<String> fields) {

        public static Quarantined of(String locator, List<Problem> problems) {
            return new Quarantined(locator, problems.stream().map(Problem::field).sorted().toList());
        }

        static List<Quarantined> listOf(JsonNode array) {
            List<Quarantined> list = new ArrayList<>();
            array.forEach(n -> {
                List<String> fields = new ArrayList<>();
                n.path("fields").forEach(f -> fields.add(f.asText()));
                list.add(new Quarantined(n.path("locator").asText(), fields.stream().sorted().toList()));
            });
            return list;
        }
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
