package vn.dxhub.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Every hub process the suite starts: numbered, logged under the suite's folder, their logs printed when a scenario
 * fails, and none left running when the suite ends or the test JVM exits (a hub left behind would keep pulling and
 * writing into the next build's database).
 */
final class Hubs implements BeforeEachCallback, TestWatcher, AfterAllCallback {

    private static final int LOG_LINES_ON_FAILURE = 150;

    private final Path workDir;
    private final Supplier<HubProcess.Settings> settings;
    private final List<HubProcess> all = new CopyOnWriteArrayList<>();
    private int firstOfScenario;

    /** Hubs started in {@code workDir} with the settings {@code settings} gives at the time of each start. */
    Hubs(Path workDir, Supplier<HubProcess.Settings> settings) {
        this.workDir = workDir;
        this.settings = settings;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> all.stream().filter(HubProcess::isAlive).forEach(HubProcess::kill),
                "kill-hubs-under-test"));
    }

    HubProcess start() {
        return startTogether(1).get(0);
    }

    /** Starts {@code count} hubs side by side and returns once all of them are ready, so that they begin work together. */
    List<HubProcess> startTogether(int count) {
        List<HubProcess> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HubProcess hub = HubProcess.launch("hub-" + (all.size() + 1), settings.get(), workDir);
            all.add(hub);
            started.add(hub);
        }
        started.forEach(HubProcess::awaitReady);
        return started;
    }

    /** The hubs running now. */
    List<HubProcess> running() {
        return all.stream().filter(HubProcess::isAlive).toList();
    }

    /** Stops every running hub with SIGTERM. */
    void stopAll() {
        running().forEach(HubProcess::stop);
    }

    /** How many times {@code text} appears in the logs of every hub the suite started. */
    int timesLogged(String text) {
        return all.stream().mapToInt(hub -> hub.timesLogged(text)).sum();
    }

    int started() {
        return all.size();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        firstOfScenario = all.size();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        List<HubProcess> involved = new ArrayList<>(all.subList(firstOfScenario, all.size()));
        running().stream().filter(hub -> !involved.contains(hub)).forEach(involved::add);
        StringBuilder out = new StringBuilder();
        for (HubProcess hub : involved) {
            out.append("\n===== ").append(hub).append(": last ").append(LOG_LINES_ON_FAILURE).append(" lines of ").append(hub.log())
                    .append(" =====\n").append(hub.logTail(LOG_LINES_ON_FAILURE)).append('\n');
        }
        System.out.println("Scenario '" + context.getDisplayName() + "' failed; the hubs it ran:" + out);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        running().forEach(HubProcess::kill);
    }
}
