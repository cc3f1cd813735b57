package vn.dxhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A delivery worker while the hub's database is gone (as the fault suite's PostgreSQL restart does it): a claim that
 * cannot reach the database is no batch, and a push whose outcome cannot be written, nor its rows put back, leaves them
 * to their lease; each says so in one warning, without the stack trace the route's error handler would print on every
 * poll. A fault of the hub's own SQL still goes to the route.
 */
class DeliveryWorkerDatabaseOutageTest {

    private static final Claim CLAIM = new Claim(new Batch("b-1", List.of(new OutgoingRecord(1, "dxhub-1-r1",
            DeliveryTestData.value("01", "80")))), 1);

    private final FakeNationalSystem national = new FakeNationalSystem();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(DeliveryWorker.class);
    private RuntimeException claimFails;
    private RuntimeException writeFails;

    @BeforeEach
    void listenToTheWorkersLog() {
        logged.start();
        log.addAppender(logged);
        log.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    private DeliveryWorker worker() {
        DeliveryProperties settings = new DeliveryProperties();
        Outbox outbox = new Outbox(null, null, null, Clock.systemUTC(), settings, "test") {
            @Override
            public Optional<Claim> claim(int max, Duration linger) {
                throw claimFails;
            }

            @Override
            public Settled answered(Claim claim, Instant sentAt, PushResult result) {
                throw writeFails;
            }

            @Override
            public int release(Claim claim) {
                throw writeFails;
            }
        };
        return new DeliveryWorker(outbox, national, Clock.systemUTC(), settings);
    }

    private static CannotGetJdbcConnectionException databaseGone() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("Connection to 127.0.0.1:5432 refused"));
    }

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    @Test
    void aClaimTheDatabaseCannotServeIsNoBatchAndOneWarningWithoutAStackTrace() {
        claimFails = databaseGone();

        assertThat(worker().nextBatch()).isNull();

        assertThat(warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getFormattedMessage()).contains("no batch claimed: the hub's database is unavailable for now")
                    .contains("Connection to 127.0.0.1:5432 refused");
            assertThat(warning.getThrowableProxy()).isNull();
        });
    }

    @Test
    void anOutcomeThatCannotBeWrittenNorPutBackIsLeftToItsLeaseAndSaysSo() {
        writeFails = new CannotCreateTransactionException("Could not open JDBC Connection for transaction", databaseGone());
        DeliveryWorker worker = worker();
        Throwable settlement = catchThrowable(() -> worker.push(CLAIM));
        assertThat(settlement).as("the settlement's failure goes to the route's fallback").isSameAs(writeFails);
        assertThat(national.calls()).as("the batch was pushed").hasSize(1);

        worker.notSent(CLAIM, settlement);

        assertThat(warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getFormattedMessage())
                    .contains("batch b-1: the outcome could not be recorded, nor its records put back to pending")
                    .contains("they are claimed again when their lease lapses")
                    .contains("Connection to 127.0.0.1:5432 refused");
            assertThat(warning.getThrowableProxy()).isNull();
        });
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aFaultOfTheHubsOwnSqlIsThrownOnForTheRouteToReport() {
        claimFails = new BadSqlGrammarException("claim", "select ... for update skip locked", new SQLException("syntax error"));
        writeFails = claimFails;
        DeliveryWorker worker = worker();

        assertThatThrownBy(worker::nextBatch).isSameAs(claimFails);
        assertThatThrownBy(() -> worker.notSent(CLAIM, new IllegalStateException("settlement failed"))).isSameAs(claimFails);
        assertThat(warnings()).isEmpty();
    }
}
