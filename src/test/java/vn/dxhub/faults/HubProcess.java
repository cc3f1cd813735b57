package vn.dxhub.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.dxhub.DxHubApplication;
import vn.dxhub.support.HubUsers;

/**
 * A hub under test in a JVM of its own, started the way an operator starts the jar: the main classes and their
 * libraries on the class path (never the test classes, whose config/application.yml would quietly change its
 * settings), every setting on the command line, secrets in its environment, its output in a log file.
 * {@link #kill()} is SIGKILL: nothing in the hub runs after it, no shutdown hook, no finally block. A one-off command
 * of the hub ({@code verify-evidence}) runs the same way ({@link #command}).
 */
final class HubProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a hub is started with: settings passed as {@code --name=value} arguments, and environment variables that
     * hold its secrets (a command line is visible to every user of the machine, the environment is not).
     */
    record Settings(Map<String, String> arguments, Map<String, String> environment) {}

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private HubProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a hub without waiting for it: {@link #awaitReady()} does, so that several hubs can start side by side. */
    static HubProcess launch(String name, Settings settings, Path workDir) {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        try {
            return new HubProcess(name, processOf("--server.port=" + port, settings, workDir).redirectOutput(log.toFile()).start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a one-off command of the hub printed, and its exit code. */
    record Finished(int exitCode, String output) {}

    /**
     * Runs a one-off command of the hub ({@code verify-evidence}, ...) the way an operator runs it, in a JVM of its own,
     * and waits for it to exit.
     */
    static Finished command(String command, Settings settings, Path workDir) {
        try {
            Process process = processOf(command, settings, workDir).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("'" + command + "' did not exit within " + START_TIMEOUT + ":\n" + output);
            }
            return new Finished(process.exitValue(), output.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running '" + command + "'", e);
        }
    }

    /** java with the hub's main class and libraries, the first argument, then the settings; output and errors together. */
    private static ProcessBuilder processOf(String firstArgument, Settings settings, Path workDir) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=" + TimeZone.getDefault().getID(),
                "-cp", mainClassPath(), DxHubApplication.class.getName(),
                firstArgument));
        settings.arguments().forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(settings.environment());
        return builder;
    }

    /** Returns once the hub reports ready; fails with its log when it exits or is not ready in time. */
    void awaitReady() {
        try {
            Awaitility.await(name + " ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " exited with code " + process.exitValue() + " while starting:\n" + logTail(120));
                }
                return ready();
            });
        } catch (ConditionTimeoutException e) {
            kill();
            throw new AssertionError(name + " was not ready within " + START_TIMEOUT + ":\n" + logTail(120), e);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> answer = HTTP.send(request("/actuator/health/readiness").build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A GET on the hub's API, answered 200 with JSON. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> answer = HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new AssertionError(name + " answered " + answer.statusCode() + " to GET " + path + ": " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        try {
            return HttpRequest.newBuilder(new URI("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (HubUsers.VIEWER.name + ":" + HubUsers.VIEWER.password).getBytes(StandardCharsets.UTF_8)));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** SIGTERM, then waits for the hub to finish what it does and exit; a hub that does not is killed and the stop fails. */
    void stop() {
        process.destroy();
        if (!waitFor(STOP_TIMEOUT)) {
            kill();
            throw new AssertionError(name + " did not stop within " + STOP_TIMEOUT + " of SIGTERM:\n" + logTail(120));
        }
    }

    /** SIGKILL (on Linux, {@link Process#destroyForcibly()} is exactly that), then waits for the process to be gone. */
    void kill() {
        process.destroyForcibly();
        if (!waitFor(Duration.ofSeconds(30))) {
            throw new AssertionError(name + " (pid " + process.pid() + ") is still alive 30 s after SIGKILL");
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    /** The process id, which the hub puts in front of the names it leaves in the database (the delivery lease owner "pid@host/..."). */
    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times {@code text} appears in the hub's log. */
    int timesLogged(String text) {
        String all = logText();
        int times = 0;
        for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + text.length())) {
            times++;
        }
        return times;
    }

    String logTail(int lines) {
        List<String> all = Arrays.asList(logText().split("\n", -1));
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    /**
     * The test class path without the test classes themselves. Surefire hands a forked JVM a manifest-only jar as its
     * class path and the real one in {@code surefire.test.class.path}; an IDE gives the real one in java.class.path.
     */
    private static String mainClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path testClasses = codeSource(HubProcess.class);
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().normalize().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
