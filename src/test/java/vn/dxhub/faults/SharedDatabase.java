package vn.dxhub.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The one database the test JVM and every hub it starts use together: PostgreSQL when {@code HUB_TEST_DB_URL} is set
 * (as .ci/run does), otherwise an H2 file database that the test JVM opens first and serves to the hubs
 * ({@code AUTO_SERVER=TRUE}), so a hub killed with SIGKILL never takes the database down with it.
 *
 * <p>PostgreSQL can be stopped and started again during a scenario when {@code HUB_TEST_PG_STOP} and
 * {@code HUB_TEST_PG_START} hold the commands that do it on this machine.
 */
record SharedDatabase(String url, String username, String password, String stopCommand, String startCommand) {

    static final String STOP_COMMAND = "HUB_TEST_PG_STOP";
    static final String START_COMMAND = "HUB_TEST_PG_START";

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    /** PostgreSQL from the environment, or a new H2 file database under {@code dir}. */
    static SharedDatabase fromEnvironment(Path dir) {
        String postgres = System.getenv("HUB_TEST_DB_URL");
        if (postgres != null && !postgres.isBlank()) {
            return new SharedDatabase(postgres, env("HUB_TEST_DB_USER"), env("HUB_TEST_DB_PASSWORD"), env(STOP_COMMAND), env(START_COMMAND));
        }
        String file = dir.resolve("h2").resolve("dxhub").toAbsolutePath().toString();
        return new SharedDatabase("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
                "sa", "", "", "");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    /** The URL only: the password stays out of any message. */
    @Override
    public String toString() {
        return url;
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Why this database cannot be restarted during the suite, or empty when it can. */
    Optional<String> whyNoRestart() {
        if (!isPostgres()) {
            return Optional.of("cơ sở dữ liệu H2 chạy trong JVM kiểm thử, không khởi động lại được; kịch bản này chạy trên PostgreSQL"
                    + " / the H2 database lives in the test JVM and cannot be restarted; this scenario runs on PostgreSQL (HUB_TEST_DB_URL)");
        }
        if (stopCommand.isBlank() || startCommand.isBlank()) {
            return Optional.of("chưa đặt " + STOP_COMMAND + " và " + START_COMMAND + " (lệnh dừng và khởi động PostgreSQL, .ci/run đặt chúng)"
                    + " / " + STOP_COMMAND + " and " + START_COMMAND + " (the commands that stop and start PostgreSQL) are not set; .ci/run sets them");
        }
        return Optional.empty();
    }

    void stop() {
        run(stopCommand);
    }

    /** Starts the database again and returns once it takes connections. */
    void start() {
        run(startCommand);
        Awaitility.await("PostgreSQL takes connections again").atMost(COMMAND_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(this::reachable);
    }

    boolean reachable() {
        DriverManager.setLoginTimeout(2);
        try (var connection = DriverManager.getConnection(url, username, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs a command with its output in a file: a daemon it starts may keep the output open long after the command ends. */
    private static void run(String command) {
        try {
            Path output = Files.createTempFile("dxhub-db-command", ".log");
            Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("'" + command + "' did not finish within " + COMMAND_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("'" + command + "' failed with exit code " + process.exitValue() + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            Files.delete(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running '" + command + "'", e);
        }
    }
}
