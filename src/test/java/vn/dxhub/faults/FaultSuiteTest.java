package vn.dxhub.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.config.HubProperties;
import vn.dxhub.delivery.EvidenceVerificationCommand;
import vn.dxhub.delivery.EvidenceVerifier;
import vn.dxhub.support.HubTestData;

/**
 * The proof that nothing a source sends is lost or kept twice, and that every stored revision reaches the national
 * system once, whatever goes wrong. The outside world is this JVM: its simulators answer the hubs under test, which run
 * in JVMs of their own ({@link HubProcess}) on one shared database and push to this JVM's national system simulator.
 * The scenarios run in order, each adding its own LGSP gateways so that it starts on records no hub has read or pushed
 * yet: three pull scenarios (sources failing, a hub killed mid-page, the database restarted), then three push scenarios
 * (the national system failing, a hub killed mid-push, two hubs on one outbox with one stopped gracefully). The last one
 * stops every hub and reconciles the hub's database with the sources ({@link PullReconciliation}) and with what the
 * national system received ({@link PushReconciliation}), checks the evidence chain and that tampering with it is found,
 * and prints the figures in a block that starts with "FAULT SUITE".
 */
@Tag("faults")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    private static final Path WORKSPACE = workspace();
    private static final SharedDatabase DATABASE = SharedDatabase.fromEnvironment(WORKSPACE);
    /** The share of records the sources spoil, and the share the national system rejects. */
    private static final double BAD_RECORD_RATE = 0.1;
    private static final String DATA_PATH = "/api/v1/chi-tieu";
    private static final long SLOW_SOURCE_MS = 150;
    /** Many requests for the source faults to land on. */
    private static final int SMALL_PAGE = 10;
    /** A quarter's records in one page: the page takes long enough to store for a kill or an outage to land in its middle. */
    private static final int WHOLE_QUARTER_PAGE = 50;
    /** Where a one-shot fault of the national simulator hits a batch rather than a token request. */
    private static final String BATCHES_PATH = "/batches";
    /** Slow enough for a push to be caught in flight, well within the hubs' read timeout. */
    private static final long SLOW_NATIONAL_MS = 800;
    /** A push claimed this recently is still under way (the national system being slow) when a graceful stop's timeout runs out. */
    private static final Duration JUST_CLAIMED = HubSettings.SHUTDOWN_TIMEOUT;
    /** The start of the line a hub logs for each batch it pushed, answered or failed. */
    private static final String PUSHED = "Lô / batch b-";
    /** What a hub logs when the outcome of a push could not be written (the database gone). */
    private static final String OUTCOME_NOT_RECORDED = "the outcome could not be recorded";
    private static final Pattern RELEASED_ON_STOP = Pattern.compile("delivery stopped: (\\d+) held records put back to pending");

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        registry.add("hub.database.url", DATABASE::url);
        registry.add("hub.database.username", DATABASE::username);
        registry.add("hub.database.password", DATABASE::password);
        // this JVM serves the simulators and pulls nothing itself
        registry.add("hub.routes-dir", () -> WORKSPACE.resolve("no-routes").toString());
        // longer than the hubs' read timeout of the national system, so that TIMEOUT times a push out
        registry.add("hub.simulators.timeout-fault-ms", () -> "3000");
    }

    @LocalServerPort
    int sandboxPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    HubProperties properties;

    @Autowired
    ReportingCalendar calendar;

    @Autowired
    ReportingUnits units;

    @Autowired
    EvidenceVerifier evidence;

    private final Path routes = WORKSPACE.resolve("routes");
    private final List<LgspConnector> active = new ArrayList<>();

    @RegisterExtension
    final Hubs hubs = new Hubs(WORKSPACE, this::hubSettings);

    private HubSettings settings;

    private SuiteSize size;
    private Sandbox sandbox;
    private PullReconciliation reconciliation;
    private DeliveryRows deliveries;
    private PushReconciliation pushes;
    /** The national system healthy, rejecting its share of records; every plan the suite sets for it starts from this one. */
    private final Sandbox.Plan national = Sandbox.Plan.badRecords(BAD_RECORD_RATE);
    private Duration convergence;
    private int faultsQueued;
    private int nationalFaultsQueued;
    private int kills;
    private int killsMidPage;
    private int pushKills;
    private int heldAtPushKills;
    private int releasedOnStop;
    private int databaseRestarts;

    @BeforeAll
    void readTheSourcesFirst() throws IOException {
        HubTestData.clean(jdbc);
        HubTestData.emptyEvidence(jdbc);
        jdbc.sql("delete from connector_lease where connector_id like :prefix").param("prefix", LgspConnector.ID_PREFIX + "%").update();
        Files.createDirectories(routes);
        size = SuiteSize.fromSystemProperty(units, calendar.today());
        settings = new HubSettings(DATABASE, routes, sandboxPort, properties.getSimulators(), size.batchSize());
        convergence = Duration.ofMinutes("full".equals(size.name()) ? 15 : 3);
        sandbox = new Sandbox(http);
        LgspTruth truth = LgspTruth.read(http, sandbox, properties.getSimulators().getLgsp().getClientSecret(), size.allConnectors(),
                calendar.periodOf(calendar.today()), BAD_RECORD_RATE);
        reconciliation = new PullReconciliation(jdbc, truth);
        deliveries = new DeliveryRows(jdbc);
        pushes = new PushReconciliation(jdbc);
        sandbox.plan("national", national);
        sandbox.forgetNationalReceived();
        http.delete("/sandbox/calls");
    }

    @BeforeEach
    void onlyTheSuitesSettings() {
        settings.clearScenario();
    }

    @Test
    @Order(1)
    void sourcesFailingInEveryWayAreRetriedUntilEveryRecordIsIn() {
        List<LgspConnector> group = size.group(0, SMALL_PAGE);
        String outage = "/sandbox/lgsp/" + group.get(0).gateway() + "/api/";
        int m = size.faultMultiplier();
        // first in the queue, so the gateway in outage meets it before any other fault: longer than a run's 4 attempts
        List<Sandbox.Shot> shots = List.of(
                Sandbox.Shot.of("HTTP_503", 8 * m, outage),
                Sandbox.Shot.of("HTTP_500", 3 * m, DATA_PATH),
                Sandbox.Shot.of("HTTP_503", 2 * m, DATA_PATH).retryAfter(1),
                Sandbox.Shot.of("HTTP_429", 2 * m, DATA_PATH).retryAfter(1),
                Sandbox.Shot.of("TIMEOUT", 2 * m, DATA_PATH),
                Sandbox.Shot.of("TRUNCATED", 3 * m, DATA_PATH),
                Sandbox.Shot.of("MALFORMED", m, DATA_PATH),
                Sandbox.Shot.of("HTTP_500", m, "/oauth2/token"));
        sandbox.plan("lgsp", Sandbox.Plan.badRecords(BAD_RECORD_RATE).withFaults(shots));
        faultsQueued += Sandbox.total(shots);
        addConnectors(group);

        startHub();

        awaitEveryRecordIn();
        await("every fault served").atMost(convergence).until(() -> sandbox.faultsWaiting("lgsp") == 0);
        List<String> ids = LgspConnector.ids(group);
        assertThat(failedRuns(List.of(group.get(0).id()), "transient")).as("runs of the gateway in outage")
                .anySatisfy(error -> assertThat(error).contains("HTTP 503"));
        assertThat(failedRuns(ids, "permanent")).as("runs that met a body that is not JSON")
                .anySatisfy(error -> assertThat(error).contains("JSON"));
        awaitEveryRevisionAnswered();
    }

    @Test
    @Order(2)
    void aHubKilledInTheMiddleOfAPageLosesNothingOnceRestarted() {
        stopHubs();
        List<LgspConnector> group = size.group(1, WHOLE_QUARTER_PAGE);
        sandbox.plan("lgsp", Sandbox.Plan.badRecords(BAD_RECORD_RATE).withLatency(SLOW_SOURCE_MS));
        addConnectors(group);
        List<Long> cutOff = new ArrayList<>();
        for (int round = 0; round < size.kills(); round++) {
            HubProcess hub = startHub();
            await("a run of " + LgspConnector.ids(group) + " in the middle of a page").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(10)).ignoreExceptions().until(() -> !runsMidPage(group).isEmpty());

            hub.kill();
            kills++;

            killsMidPage += runsMidPage(group).isEmpty() ? 0 : 1;
            List<Long> left = runsInProgress(group, false);
            assertThat(left).as("runs the kill left 'running' (nothing in the hub ran after SIGKILL)").isNotEmpty();
            cutOff.addAll(left);
        }
        startHub();
        awaitEveryRecordIn();
        assertThat(jdbc.sql("select status || ' ' || error_kind || ': ' || error_message from connector_run where id in (:ids)")
                .param("ids", cutOff).query(String.class).list())
                .as("the runs cut off by the kills, once a hub started again")
                .allSatisfy(run -> assertThat(run).startsWith("failed transient").contains("cut off"));
        awaitEveryRevisionAnswered();
    }

    @Test
    @Order(3)
    void theDatabaseStoppedDuringWritesLosesNothingOnceBack() {
        DATABASE.whyNoRestart().ifPresent(why -> System.out.println("FaultSuiteTest: bỏ qua / skipped the database restart: " + why));
        assumeTrue(DATABASE.whyNoRestart().isEmpty(), () -> DATABASE.whyNoRestart().orElseThrow());
        stopHubs();
        List<LgspConnector> group = size.group(2, WHOLE_QUARTER_PAGE);
        sandbox.plan("lgsp", Sandbox.Plan.badRecords(BAD_RECORD_RATE).withLatency(SLOW_SOURCE_MS));
        // pushes slow enough to be caught in flight, and writes that fail once the database has not answered for 2 s
        // rather than wait the default 10 s for it: the outage lands while a pull stores and while a push's outcome is written
        sandbox.plan("national", national.withLatency(SLOW_NATIONAL_MS));
        settings.forScenario("hub.database.connection-timeout", "2s");
        addConnectors(group);
        HubProcess hub = startHub();
        await("a run of " + LgspConnector.ids(group) + " that has stored records, and a push of " + hub + " just begun")
                .atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10)).ignoreExceptions()
                .until(() -> !runsInProgress(group, true).isEmpty() && !justClaimedBy(hub).isEmpty());
        int logBefore = hub.logText().length();

        DATABASE.stop();
        databaseRestarts++;
        try {
            await("the hub meets the stopped database in a pull and in a push").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        String log = hub.logText().substring(logBefore);
                        return (log.contains("run failed") || log.contains("run could not be recorded")
                                || log.contains("run's end could not be recorded")) && log.contains(OUTCOME_NOT_RECORDED);
                    });
        } finally {
            DATABASE.start();
        }
        sandbox.plan("national", national);

        awaitEveryRecordIn();
        awaitEveryRevisionAnswered();
        assertThat(hub.isAlive()).as("the hub lived through the outage").isTrue();
        assertThat(failedRuns(LgspConnector.ids(group), "permanent")).as("runs the outage failed as if they could never succeed").isEmpty();
        assertDeliveredOnce();
    }

    @Test
    @Order(4)
    void theNationalSystemFailingInEveryWayGetsEveryRevisionDeliveredOnce() {
        stopHubs();
        int m = size.faultMultiplier();
        List<Sandbox.Shot> shots = List.of(
                Sandbox.Shot.of("HTTP_500", m, HubSettings.NATIONAL_TOKEN_PATH),
                Sandbox.Shot.of("HTTP_500", 2 * m, BATCHES_PATH),
                Sandbox.Shot.of("HTTP_503", 2 * m, BATCHES_PATH).retryAfter(1),
                Sandbox.Shot.of("HTTP_429", 2 * m, BATCHES_PATH).retryAfter(1),
                Sandbox.Shot.of("TIMEOUT", m, BATCHES_PATH),
                Sandbox.Shot.of("ANSWER_LOST", 2 * m, BATCHES_PATH),
                Sandbox.Shot.of("TRUNCATED", 2 * m, BATCHES_PATH),
                Sandbox.Shot.of("MALFORMED", m, BATCHES_PATH),
                Sandbox.Shot.of("HTTP_401", m, BATCHES_PATH));
        sandbox.plan("national", national.withFaults(shots));
        nationalFaultsQueued += Sandbox.total(shots);
        NationalReport before = sandbox.nationalReport();
        long evidenceBefore = deliveries.lastEvidenceId();
        addConnectors(size.group(3, WHOLE_QUARTER_PAGE));

        startHub();

        awaitEveryRecordIn();
        awaitEveryRevisionAnswered();
        assertThat(sandbox.faultsWaiting("national")).as("national system faults never served").isZero();
        assertThat(deliveries.evidenceStatusesAfter(evidenceBefore)).as("the HTTP status of each push in the evidence log, null for no answer")
                .contains(500, 503, 429, 502, null, 200);
        NationalReport after = sandbox.nationalReport();
        // a batch the national system took but whose answer was lost (ANSWER_LOST) or cut (TRUNCATED) is sent again, and each
        // of its records is then answered from memory
        assertThat(after.duplicatesSuppressed() - before.duplicatesSuppressed()).as("records sent again after their answer was lost")
                .isGreaterThanOrEqualTo(4L * m);
        assertThat(after.outcome("rejected") - before.outcome("rejected")).as("records the national system rejected").isPositive();
        assertDeliveredOnce();
    }

    @Test
    @Order(5)
    void aHubKilledInTheMiddleOfAPushDeliversEveryPendingRevisionOnceRestarted() {
        stopHubs();
        sandbox.plan("national", national.withLatency(SLOW_NATIONAL_MS));
        addConnectors(size.group(4, WHOLE_QUARTER_PAGE));
        Set<Long> inFlight = new TreeSet<>();
        Set<Long> waiting = new TreeSet<>();
        for (int round = 0; round < size.kills(); round++) {
            HubProcess hub = startHub();
            await("a push of " + hub + " in flight").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10)).ignoreExceptions()
                    .until(() -> !deliveries.heldBy(hub).isEmpty());

            hub.kill();
            pushKills++;

            List<Long> held = deliveries.heldBy(hub);
            assertThat(held).as("deliveries the kill left in flight (nothing in the hub ran after SIGKILL)").isNotEmpty();
            inFlight.addAll(held);
            waiting.addAll(deliveries.pending());
        }
        heldAtPushKills += inFlight.size();
        assertThat(waiting).as("revisions waiting for their push when the hub was killed").isNotEmpty();
        sandbox.plan("national", national);

        startHub();

        awaitEveryRecordIn();
        awaitEveryRevisionAnswered();
        assertThat(deliveries.claimedOnlyOnce(inFlight)).as("deliveries the killed hub held, claimed again once its lease lapsed").isEmpty();
        waiting.addAll(inFlight);
        assertThat(deliveries.notSettledOnce(waiting)).as("deliveries waiting or in flight at the kill, not settled once").isEmpty();
        assertDeliveredOnce();
    }

    @Test
    @Order(6)
    void twoHubsShareTheOutboxAndOneStoppedGracefullyHandsWhatItHeldToTheOther() {
        stopHubs();
        sandbox.plan("national", national.withLatency(SLOW_NATIONAL_MS));
        addConnectors(size.group(5, WHOLE_QUARTER_PAGE));
        List<HubProcess> pair = startHubs(2);
        HubProcess leaving = pair.get(0);
        HubProcess staying = pair.get(1);
        await("both hubs pushing, " + leaving + " with a push just begun").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10))
                .ignoreExceptions()
                .until(() -> !justClaimedBy(leaving).isEmpty() && staying.timesLogged(PUSHED) > 0);
        List<Long> held = deliveries.heldBy(leaving);
        assertThat(deliveries.pending()).as("revisions waiting for their push when one hub stops").isNotEmpty();

        leaving.stop();

        assertThat(deliveries.heldBy(leaving)).as("deliveries the stopped hub still holds: a graceful stop hands them back").isEmpty();
        Matcher released = RELEASED_ON_STOP.matcher(leaving.logText());
        assertThat(released.find()).as("the stopped hub's log says what it put back to pending").isTrue();
        releasedOnStop += Integer.parseInt(released.group(1));
        sandbox.plan("national", national);
        awaitEveryRecordIn();
        awaitEveryRevisionAnswered();
        assertThat(deliveries.notSettledOnce(held)).as("deliveries the stopped hub held, not settled once").isEmpty();
        assertThat(leaving.timesLogged(PUSHED)).as("batches the stopped hub pushed before it stopped").isPositive();
        assertDeliveredOnce();
    }

    @Test
    @Order(100)
    void reconciliationFindsEveryRecordOnceAndEveryRevisionDeliveredOnce() {
        awaitEveryRevisionAnswered();
        hubs.stopAll();
        PullReconciliation.Report report = reconciliation.report(LgspConnector.ids(active));
        PushReconciliation.Report pushed = pushes.report(sandbox.nationalReport());
        EvidenceVerifier.Verdict chain = evidence.verify();
        EvidenceTampering.Result tampering = new EvidenceTampering(jdbc, this::verifyEvidence).rewriteOneAnswer();
        EvidenceVerifier.Verdict restored = evidence.verify();
        System.out.println(figures(report, pushed, chain, tampering).block());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.lost()).as("lost: good records not stored %s, spoiled records not quarantined %s", report.missing(),
                report.spoiledNotQuarantined()).isZero();
        softly.assertThat(report.wrongFigures()).as("records stored with figures other than the source's").isEmpty();
        softly.assertThat(report.storedButSpoiled()).as("spoiled records stored").isEmpty();
        softly.assertThat(report.quarantinedTwice()).as("records quarantined more than once").isEmpty();
        softly.assertThat(report.quarantinedButGood()).as("quarantined records the source did not spoil").isEmpty();
        softly.assertThat(report.revisionsRepeated()).as("values stored as a revision twice").isEmpty();
        softly.assertThat(report.revisions()).as("revisions: one per good record, the sources never changed a value").isEqualTo(report.expectedGood());
        softly.assertThat(report.revisionsWithoutDelivery()).as("revisions without their delivery row").isZero();
        softly.assertThat(report.runs().running()).as("runs left 'running' once every hub is stopped").isEmpty();
        softly.assertThat(report.payloadsUnprocessed()).as("archived pages never processed").isZero();
        softly.assertThat(sandbox.faultsWaiting("lgsp")).as("source faults never served").isZero();

        softly.assertThat(pushed.missingAtNational()).as("revisions the national system never received").isEmpty();
        softly.assertThat(pushed.unknownToHub()).as("keys the national system holds that are no revision of the hub").isEmpty();
        softly.assertThat(pushed.unsettled()).as("deliveries left pending, in flight or dead").isEmpty();
        softly.assertThat(pushed.state("delivered") + pushed.state("rejected")).as("deliveries settled: every revision's")
                .isEqualTo(report.revisions());
        softly.assertThat(pushed.withoutReceipt()).as("settled deliveries without a receipt").isEmpty();
        softly.assertThat(pushed.receiptsRepeated()).as("deliveries with more than one receipt").isEmpty();
        softly.assertThat(pushed.answersDiffering()).as("receipts and states other than the national system's answer and reason").isEmpty();
        softly.assertThat(pushed.receivedAgainNotSuppressed()).as("records the national system received again without suppressing them").isZero();
        softly.assertThat(pushed.outcomesCountedTwice()).as("outcomes the national system counted more than once per key").isZero();
        softly.assertThat(sandbox.faultsWaiting("national")).as("national system faults never served").isZero();
        softly.assertThat(chain.intact()).as("evidence chain: %s", chain.message()).isTrue();
        softly.assertThat(tampering.detected()).as("verify-evidence on a tampered entry, %s: %s / %s", tampering,
                tampering.beforeTampering().output(), tampering.afterTampering().output()).isTrue();
        softly.assertThat(restored.intact()).as("evidence chain once the entry is put back: %s", restored.message()).isTrue();
        softly.assertAll();
    }

    private FaultFigures figures(PullReconciliation.Report report, PushReconciliation.Report pushed, EvidenceVerifier.Verdict chain,
            EvidenceTampering.Result tampering) {
        return new FaultFigures()
                .add("size", size.name() + ", " + active.size() + " LGSP connectors from " + size.startPeriod() + ", batches of "
                        + size.batchSize() + ", database " + (DATABASE.isPostgres() ? "PostgreSQL" : "H2"))
                .pulled(report)
                .add("source faults served", (faultsQueued - sandbox.faultsWaiting("lgsp")) + " of " + faultsQueued)
                .pushed(pushed)
                .add("national faults served", (nationalFaultsQueued - sandbox.faultsWaiting("national")) + " of " + nationalFaultsQueued)
                .add("circuit breaker opened", hubs.timesLogged("from CLOSED to OPEN") + " times")
                .add("evidence chain", (chain.intact() ? "intact, " : "BROKEN, ") + chain.entries() + " entries; verify-evidence on " + tampering)
                .add("hub starts", hubs.started())
                .add("hub kills (SIGKILL)", kills + " in the middle of a pull (" + killsMidPage + " mid-page), " + pushKills
                        + " in the middle of a push (" + heldAtPushKills + " deliveries in flight)")
                .add("graceful stop mid-push", releasedOnStop + " held deliveries put back to pending, pushed by the other hub")
                .add("database restarts", databaseRestarts + (DATABASE.whyNoRestart().isPresent() ? " (scenario skipped)"
                        : " (" + hubs.timesLogged(OUTCOME_NOT_RECORDED) + " push outcomes it kept from being written)"))
                .add("duplicated", (report.duplicated() + pushed.duplicated()) + " (pull " + report.duplicated() + ", push " + pushed.duplicated() + ")")
                .add("lost", (report.lost() + pushed.lost()) + " (pull " + report.lost() + ", push " + pushed.lost() + ")");
    }

    /** {@code verify-evidence} run by an operator against the shared database, in a JVM of its own. */
    private HubProcess.Finished verifyEvidence() {
        return HubProcess.command(EvidenceVerificationCommand.NAME, settings.databaseOnly(), WORKSPACE);
    }

    /** The settings of a hub started now: the suite's and the current scenario's. */
    private HubProcess.Settings hubSettings() {
        return settings.get();
    }

    /** Starts a hub and checks it loaded every route file of the suite. */
    private HubProcess startHub() {
        return startHubs(1).get(0);
    }

    /** Starts hubs side by side and checks each loaded every route file of the suite. */
    private List<HubProcess> startHubs(int count) {
        List<HubProcess> started = hubs.startTogether(count);
        for (HubProcess hub : started) {
            JsonNode connectors = hub.get("/api/connectors");
            assertThat(connectors.path("refusedFiles").size()).as("route files %s refused", connectors.path("refusedFiles")).isZero();
            assertThat(connectors.path("connectors").size()).isEqualTo(active.size());
        }
        return started;
    }

    /** Stops every running hub with SIGTERM; a graceful stop ends every run it had going. */
    private void stopHubs() {
        hubs.stopAll();
        assertThat(jdbc.sql("select id from connector_run where status = 'running'").query(Long.class).list())
                .as("runs left 'running' by a graceful stop").isEmpty();
    }

    private void addConnectors(List<LgspConnector> group) {
        for (LgspConnector connector : group) {
            try {
                Files.createDirectories(routes.resolve("lgsp"));
                Files.writeString(routes.resolve("lgsp").resolve(connector.id() + ".yaml"), connector.routeFile(sandboxPort));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        active.addAll(group);
    }

    /** Waits until every record of the active connectors is stored or quarantined as it should be. */
    private void awaitEveryRecordIn() {
        List<String> ids = LgspConnector.ids(active);
        await("every record stored or quarantined").atMost(convergence).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    PullReconciliation.Report report = reconciliation.report(ids);
                    assertThat(report.complete()).as(report::outstanding).isTrue();
                });
    }

    /** The deliveries of a push the hub has only just begun, which a graceful stop or an outage lands in the middle of. */
    private List<Long> justClaimedBy(HubProcess hub) {
        return deliveries.justClaimedBy(hub, HubSettings.DELIVERY_LEASE, JUST_CLAIMED);
    }

    /** Waits until every delivery has had its answer: none pending or in flight (the records must all be in first). */
    private void awaitEveryRevisionAnswered() {
        await("every delivery answered").atMost(convergence).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertThat(deliveries.unsettled()).as("deliveries pending or in flight").isZero());
    }

    /** What a push scenario must leave: every revision so far received by the national system, each stored once, none dead. */
    private void assertDeliveredOnce() {
        PushReconciliation.Report pushed = pushes.report(sandbox.nationalReport());
        assertThat(pushed.missingAtNational()).as("revisions the national system never received").isEmpty();
        assertThat(pushed.unsettled()).as("deliveries not delivered or rejected").isEmpty();
        assertThat(pushed.duplicated()).as("revisions kept twice: receipts %s", pushed.receiptsRepeated()).isZero();
        assertThat(pushed.answersDiffering()).as("receipts other than the national system's answer").isEmpty();
    }

    /**
     * The runs of the group in the middle of a page, past a record they quarantined: the worst moment to die, with part
     * of the page stored and quarantined and the page not yet done. The run ledger counts whole pages, so such a run has
     * more quarantine entries than its count says.
     */
    private List<Long> runsMidPage(List<LgspConnector> group) {
        return jdbc.sql("""
                        select r.id from connector_run r where r.connector_id in (:ids) and r.status = 'running'
                        and (select count(*) from quarantine q where q.run_id = r.id) > r.quarantined""")
                .param("ids", LgspConnector.ids(group)).query(Long.class).list();
    }

    /** The runs of the group still 'running', and whether they have stored records yet (counted page by page). */
    private List<Long> runsInProgress(List<LgspConnector> group, boolean stored) {
        return jdbc.sql("select id from connector_run where connector_id in (:ids) and status = 'running' and stored >= :least order by id")
                .param("ids", LgspConnector.ids(group)).param("least", stored ? 1 : 0).query(Long.class).list();
    }

    private List<String> failedRuns(List<String> connectorIds, String errorKind) {
        return jdbc.sql("select error_message from connector_run where connector_id in (:ids) and status = 'failed' and error_kind = :kind")
                .param("ids", connectorIds).param("kind", errorKind).query(String.class).list();
    }

    private static Path workspace() {
        try {
            Path root = Path.of("target", "faults").toAbsolutePath();
            Files.createDirectories(root);
            return Files.createTempDirectory(root, "suite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
