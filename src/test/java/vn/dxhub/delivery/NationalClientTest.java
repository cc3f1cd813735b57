package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.dxhub.config.HubProperties;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;

/**
 * The national client against the national system simulator, as the delivery workers use it: answers read record by
 * record, every kind of failure classified as docs/national-intake.md says, the token fetched again after a 401, the
 * request hash the one of the bytes the national system received, no secret in any message, and the same push through
 * the NDXP exchange over mutual TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"hub.national.read-timeout=1s",
        "hub.simulators.timeout-fault-ms=2500", "hub.simulators.national.max-batch-size=5"})
class NationalClientTest {

    private static final String SANDBOX_SECRET = "sandbox-national-secret";

    @Autowired
    NationalSystem national;

    @Autowired
    NationalSettings settings;

    @Autowired
    HubProperties hub;

    @Autowired
    Environment environment;

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void freshNationalSystem() {
        http.delete("/sandbox/national/received");
        http.delete("/sandbox/calls");
    }

    @AfterEach
    void healthy() {
        http.delete("/sandbox/faults");
    }

    private static OutgoingRecord record(long id, String indicator, String unit, String value) {
        Observation observation = new Observation(indicator, unit, "2026Q3", new BigDecimal(value), "percent", new BigDecimal("35"),
                new BigDecimal("40"), ObservationStatus.OFFICIAL, 1, new ObservationSource("dvc", "dvc-" + unit, "rec-" + id,
                Instant.parse("2026-10-02T01:00:00Z"), "ab".repeat(32)));
        return new OutgoingRecord(id, "dxhub-" + id + "-r1", observation);
    }

    private static Batch batch(String id, OutgoingRecord... records) {
        return new Batch(id, List.of(records));
    }

    private void fault(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.exchange("/sandbox/faults/national", HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }

    private List<JsonNode> calls(String simulator) {
        return StreamSupport.stream(http.getForObject("/sandbox/calls/" + simulator, JsonNode.class).path("last").spliterator(), false).toList();
    }

    private JsonNode report() {
        return http.getForObject("/sandbox/national/received", JsonNode.class);
    }

    private static PushFailure failure(NationalSystem system, Batch batch) {
        PushFailure failure = catchThrowableOfType(PushFailure.class, () -> system.push(batch));
        assertThat(failure).as("the push fails").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(SANDBOX_SECRET);
        return failure;
    }

    /** A client of its own, with the quick start's settings changed by {@code changes}. */
    private NationalClient client(Consumer<NationalSettings> changes) {
        NationalSettings own = new NationalSettings();
        own.setBaseUrl(settings.getBaseUrl());
        own.setTokenUrl(settings.getTokenUrl());
        own.setClientId(settings.getClientId());
        own.setClientSecret(settings.getClientSecret());
        own.setSenderId(settings.getSenderId());
        own.setReadTimeout(settings.getReadTimeout());
        changes.accept(own);
        return new NationalClient(own, hub.getNdxp(), environment::resolveRequiredPlaceholders, Clock.systemUTC());
    }

    @Test
    void aBatchIsAnsweredRecordByRecordAndItsHashIsThatOfTheBytesReceived() {
        PushResult result = national.push(batch("b-1", record(1, "1.4", "01", "87.5"), record(2, "1.4", "79", "60"), record(3, "9.9", "01", "10")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.summary()).isEqualTo("HTTP 200: accepted 2, updated 0, unchanged 0, rejected 1");
        assertThat(result.answers()).extracting(RecordAnswer::idempotencyKey, RecordAnswer::outcome, RecordAnswer::duplicate).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("dxhub-1-r1", RecordOutcome.ACCEPTED, false),
                org.assertj.core.groups.Tuple.tuple("dxhub-2-r1", RecordOutcome.ACCEPTED, false),
                org.assertj.core.groups.Tuple.tuple("dxhub-3-r1", RecordOutcome.REJECTED, false));
        RecordAnswer rejected = result.answers().stream().filter(a -> a.outcome() == RecordOutcome.REJECTED).findFirst().orElseThrow();
        assertThat(rejected.reason()).contains("9.9", "not in the catalog");
        assertThat(result.answers()).filteredOn(a -> a.outcome() == RecordOutcome.ACCEPTED)
                .allSatisfy(a -> assertThat(a.nationalRef()).startsWith("DTI-"));
        List<JsonNode> batches = calls("national").stream().filter(c -> c.path("path").asText().endsWith("/batches")).toList();
        assertThat(batches).hasSize(1);
        assertThat(result.requestSha256()).matches("[0-9a-f]{64}").isEqualTo(batches.get(0).path("bodySha256").asText());
    }

    @Test
    void aResentBatchIsAnsweredFromMemoryAndNotStoredAgain() {
        Batch batch = batch("b-1", record(1, "1.4", "01", "87.5"), record(2, "1.4", "79", "60"));
        PushResult first = national.push(batch);
        PushResult again = national.push(batch);

        assertThat(again.answers()).hasSize(2).allSatisfy(a -> {
            assertThat(a.duplicate()).isTrue();
            assertThat(a.outcome()).isEqualTo(RecordOutcome.ACCEPTED);
        });
        assertThat(again.requestSha256()).as("the same bytes").isEqualTo(first.requestSha256());
        assertThat(report().path("outcomes").path("accepted").asInt()).isEqualTo(2);
        assertThat(report().path("duplicatesSuppressed").asInt()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsFetchedAgainOnceAndTheBatchSentWithTheNewOne() {
        national.push(batch("b-0", record(9, "1.4", "79", "50")));
        http.delete("/sandbox/calls");
        fault("{\"next\": [{\"fault\": \"HTTP_401\", \"path\": \"/batches\"}]}");

        PushResult result = national.push(batch("b-1", record(1, "1.4", "01", "87.5")));

        assertThat(result.answers()).singleElement().extracting(RecordAnswer::outcome).isEqualTo(RecordOutcome.ACCEPTED);
        assertThat(calls("national")).extracting(c -> c.path("path").asText().replaceAll(".*/", "") + " " + c.path("status").asInt())
                .containsExactly("batches 401", "token 200", "batches 200");
    }

    @Test
    void stillRefusedAfterANewTokenIsTransientAndSaysWhatToCheck() {
        fault("{\"next\": [{\"fault\": \"HTTP_401\", \"path\": \"/batches\", \"count\": 2}]}");

        PushFailure failure = failure(national, batch("b-1", record(1, "1.4", "01", "87.5")));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.getMessage()).contains("still 401 after a new token", "hub.national.client-secret");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("HTTP_500", 500, null, "the national system failed", false),
                Arguments.of("HTTP_503", 503, Duration.ofSeconds(4), "asks to wait 4 s", false),
                Arguments.of("HTTP_429", 429, Duration.ofSeconds(7), "asks to wait 7 s", false),
                Arguments.of("MALFORMED", 200, null, "is not JSON", false),
                Arguments.of("TRUNCATED", 200, null, "was cut short", true),
                Arguments.of("ANSWER_LOST", 502, null, "the national system failed (HTTP 502)", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void anAnswerThatIsNotAnAnswerIsTransient(String fault, int status, Duration retryAfter, String message, boolean taken) {
        fault("{\"next\": [{\"fault\": \"" + fault + "\", \"path\": \"/batches\", \"retryAfterSeconds\": " + (retryAfter == null ? 4 : retryAfter.toSeconds()) + "}]}");
        Batch batch = batch("b-1", record(1, "1.4", "01", "87.5"), record(2, "1.4", "79", "60"));

        PushFailure failure = failure(national, batch);

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.retryAfter()).isEqualTo(retryAfter);
        assertThat(failure.getMessage()).contains(message, "b-1");
        assertThat(failure.requestSha256()).matches("[0-9a-f]{64}");
        assertThat(report().path("batches").asInt()).as("the national system took the batch").isEqualTo(taken ? 1 : 0);
        PushResult resent = national.push(batch);
        assertThat(resent.answers()).hasSize(2).allSatisfy(a -> assertThat(a.duplicate()).isEqualTo(taken));
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsTransientThoughTheNationalSystemMayStillTakeTheBatch() {
        fault("{\"next\": [{\"fault\": \"TIMEOUT\", \"path\": \"/batches\"}]}");

        PushFailure failure = failure(national, batch("b-1", record(1, "1.4", "01", "87.5")));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("timed out");
        await().atMost(Duration.ofSeconds(10)).until(() -> report().path("batches").asInt() == 1);
    }

    @Test
    void aBatchTheNationalSystemRefusesWholeIsPermanentWithItsMessage() {
        OutgoingRecord noPeriod = new OutgoingRecord(1, "dxhub-1-r1", new Observation("1.4", "01", null, BigDecimal.ONE, "percent", null, null,
                ObservationStatus.OFFICIAL, 1, null));
        PushFailure invalid = failure(national, batch("b-1", noPeriod));
        assertThat(invalid.isTransient()).isFalse();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.getMessage()).contains("refused the batch", "records[0].observation.period is missing");

        PushFailure tooLarge = failure(national, batch("b-2", IntStream.range(0, 6).mapToObj(i -> record(i, "1.4", "01", "1")).toArray(OutgoingRecord[]::new)));
        assertThat(tooLarge.isTransient()).isFalse();
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.getMessage()).contains("more than 5");
        assertThat(tooLarge.requestSha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void refusedCredentialsAreNamedWithoutTheSecret() {
        String wrong = "wrong-national-secret-4711";
        try (NationalClient client = client(s -> s.setClientSecret(wrong))) {
            PushFailure failure = failure(client, batch("b-1", record(1, "1.4", "01", "87.5")));

            assertThat(failure.isTransient()).as("credentials to fix, then replay").isTrue();
            assertThat(failure.status()).isEqualTo(401);
            assertThat(failure.getMessage()).contains("client id 'dxhub'", "hub.national.client-secret").doesNotContain(wrong);
        }
        assertThat(report().path("batches").asInt()).isZero();
    }

    @Test
    void aNationalSystemThatCannotBeReachedIsTransient() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (NationalClient client = client(s -> {
            s.setBaseUrl("http://localhost:" + closed + "/api/v1");
            s.setTokenUrl("http://localhost:" + closed + "/oauth/token");
        })) {
            PushFailure failure = failure(client, batch("b-1", record(1, "1.4", "01", "87.5")));

            assertThat(failure.isTransient()).isTrue();
            assertThat(failure.status()).isZero();
            assertThat(failure.getMessage()).contains("cannot connect", ":" + closed);
        }
    }

    private Consumer<NationalSettings> throughTheExchange(String providingSystem) {
        return s -> {
            s.setBaseUrl("https://localhost:${local.ndxp.port}/sandbox/ndxp/api/v1");
            s.setTokenUrl("https://localhost:${local.ndxp.port}/sandbox/ndxp/oauth/token");
            s.getNdxp().setCallingSystem("dxhub");
            s.getNdxp().setProvidingSystem(providingSystem);
            s.getTls().setClientKeystore(environment.getProperty("NDXP_SANDBOX_CLIENT_KEYSTORE"));
            s.getTls().setClientKeystorePassword(environment.getProperty("NDXP_SANDBOX_KEYSTORE_PASSWORD"));
            s.getTls().setTruststore(environment.getProperty("NDXP_SANDBOX_TRUSTSTORE"));
            s.getTls().setTruststorePassword(environment.getProperty("NDXP_SANDBOX_KEYSTORE_PASSWORD"));
        };
    }

    @Test
    void aBatchGoesThroughTheNdxpExchangeOverMutualTls() {
        PushResult result;
        try (NationalClient client = client(throughTheExchange("national"))) {
            result = client.push(batch("b-1", record(1, "1.4", "01", "87.5"), record(2, "1.4", "79", "60")));
        }

        assertThat(result.summary()).isEqualTo("HTTP 200: accepted 2, updated 0, unchanged 0, rejected 0");
        assertThat(calls("ndxp")).extracting(c -> c.path("path").asText()).containsExactly("/sandbox/ndxp/oauth/token", "/sandbox/ndxp/api/v1/batches");
        assertThat(calls("ndxp")).allSatisfy(c -> {
            assertThat(c.path("status").asInt()).isEqualTo(200);
            assertThat(c.at("/exchange/providingSystem").asText()).isEqualTo("national");
            assertThat(c.at("/exchange/certificateSubject").asText()).contains("CN=dxhub");
        });
        assertThat(calls("national")).filteredOn(c -> c.path("path").asText().endsWith("/batches")).singleElement()
                .satisfies(c -> assertThat(c.path("bodySha256").asText()).isEqualTo(result.requestSha256()));
    }

    @Test
    void aRefusalByTheExchangeIsNamedAsSuch() {
        try (NationalClient client = client(throughTheExchange("danh-gia-quoc-gia"))) {
            PushFailure failure = failure(client, batch("b-1", record(1, "1.4", "01", "87.5")));

            assertThat(failure.isTransient()).isTrue();
            assertThat(failure.getMessage()).contains("the NDXP exchange refused the call", "PROVIDING_SYSTEM_UNKNOWN", "NDXP transaction ndxp-");
        }
        assertThat(calls("national")).isEmpty();
    }

    @Test
    void aKeystoreThatDoesNotOpenIsNamedWithoutItsPassword() {
        try (NationalClient client = client(throughTheExchange("national").andThen(s -> s.getTls().setClientKeystorePassword("mat-khau-sai")))) {
            PushFailure failure = failure(client, batch("b-1", record(1, "1.4", "01", "87.5")));

            assertThat(failure.isTransient()).isTrue();
            assertThat(failure.getMessage()).contains("hub.national.tls.client-keystore", "wrong password").doesNotContain("mat-khau-sai");
        }
    }
}
