package vn.dxhub.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.dxhub.config.HubProperties;

/**
 * The settings of every hub the suite starts: the shared database, the suite's route files, a Quartz cluster of their
 * own, and delivery to the test JVM's national simulator, all scaled down so that every fault plays out in seconds;
 * secrets in the environment. A scenario may add settings of its own for the hubs it starts.
 */
final class HubSettings implements Supplier<HubProcess.Settings> {

    /** The national simulator's token endpoint, under its address. */
    static final String NATIONAL_TOKEN_PATH = "/oauth/token";
    /** Short, so that a killed hub's deliveries are claimed again within seconds; above the read timeout, as it must be. */
    static final Duration DELIVERY_LEASE = Duration.ofSeconds(6);
    /** Below the simulator's TIMEOUT fault (3 s in the test JVM), above its slow answers. */
    static final Duration NATIONAL_READ_TIMEOUT = Duration.ofSeconds(2);
    /** Shorter than a slow push, so that a graceful stop in the middle of one hands what the hub holds back to the outbox. */
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofMillis(300);

    private final SharedDatabase database;
    private final Path routes;
    private final int sandboxPort;
    private final HubProperties.Simulators simulators;
    private final int batchSize;
    private final String schedulerName = "dxhub-faults-" + UUID.randomUUID();
    private final Map<String, String> scenario = new LinkedHashMap<>();

    HubSettings(SharedDatabase database, Path routes, int sandboxPort, HubProperties.Simulators simulators, int batchSize) {
        this.database = database;
        this.routes = routes;
        this.sandboxPort = sandboxPort;
        this.simulators = simulators;
        this.batchSize = batchSize;
    }

    /** A setting of the hubs the current scenario starts. */
    void forScenario(String name, String value) {
        scenario.put(name, value);
    }

    /** Back to the suite's settings, for the next scenario. */
    void clearScenario() {
        scenario.clear();
    }

    @Override
    public HubProcess.Settings get() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("hub.simulators.enabled", "false");
        arguments.put("hub.database.url", database.url());
        arguments.put("hub.database.username", database.username());
        arguments.put("hub.database.max-pool-size", "6");
        arguments.put("hub.mappings-dir", Path.of("mappings").toAbsolutePath().toString());
        arguments.put("hub.routes-dir", routes.toString());
        // a killed hub's connectors are free again within seconds, and its Quartz triggers recovered as fast
        arguments.put("hub.connectors.lease", "5s");
        arguments.put("spring.quartz.properties.org.quartz.scheduler.instanceName", schedulerName);
        arguments.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "2000");
        arguments.putAll(delivery());
        arguments.putAll(scenario);
        Map<String, String> environment = Map.of(
                "HUB_DATABASE_PASSWORD", database.password(),
                LgspConnector.SECRET_PROPERTY, simulators.getLgsp().getClientSecret(),
                "NATIONAL_CLIENT_SECRET", simulators.getNational().getClientSecret());
        return new HubProcess.Settings(arguments, environment);
    }

    /** {@code verify-evidence} needs the database only. */
    HubProcess.Settings databaseOnly() {
        return new HubProcess.Settings(Map.of("hub.database.url", database.url(), "hub.database.username", database.username()),
                Map.of("HUB_DATABASE_PASSWORD", database.password()));
    }

    /**
     * Small batches that go at once, short backoffs, a short lease, a breaker that probes again after a second. Enough
     * attempts that no delivery runs out of them however the one-shot faults fall on batches (a dead delivery would stay
     * visible, not lost, but the suite proves every revision arrives).
     */
    private Map<String, String> delivery() {
        String simulator = "http://localhost:" + sandboxPort + "/sandbox/national";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("hub.delivery.enabled", "true");
        settings.put("hub.national.base-url", simulator + "/api/v1");
        settings.put("hub.national.token-url", simulator + NATIONAL_TOKEN_PATH);
        settings.put("hub.national.client-id", simulators.getNational().getClientId());
        settings.put("hub.national.sender-id", "dxhub-faults");
        settings.put("hub.national.connect-timeout", "1s");
        settings.put("hub.national.read-timeout", NATIONAL_READ_TIMEOUT.toMillis() + "ms");
        settings.put("hub.delivery.batch-size", Integer.toString(batchSize));
        settings.put("hub.delivery.linger", "200ms");
        settings.put("hub.delivery.poll-interval", "200ms");
        settings.put("hub.delivery.lease", DELIVERY_LEASE.toMillis() + "ms");
        settings.put("hub.delivery.initial-backoff", "200ms");
        settings.put("hub.delivery.max-backoff", "2s");
        settings.put("hub.delivery.max-attempts", "30");
        settings.put("hub.delivery.shutdown-timeout", SHUTDOWN_TIMEOUT.toMillis() + "ms");
        settings.put("hub.delivery.circuit-breaker.wait-in-open-state", "1s");
        return settings;
    }
}
