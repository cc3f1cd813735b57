package vn.dxhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.support.HubTestData;

/**
 * Pulls N dossiers of one province through dvc-dossiers (HTTP pages from the DVC simulator, archive,
 * streaming aggregation, store) and prints records per second and heap figures, next to the speed of
 * only fetching and parsing the same pages. Run with {@code ./mvnw -Pbenchmark verify
 * -Dbenchmark.dossiers=1000000,4000000} (the profile caps the heap at 256 MB).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierStreamingBenchmarkTest {

    private static final int PAGE = 1000;
    private static final HttpClient PARSE_CLIENT = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) throws Exception {
        String route = """
                - templatedRoute:
                    routeTemplateRef: dvc-dossiers
                    routeId: dvc-bench-%1$s
                    parameters:
                      - { name: connectorId, value: dvc-bench-%1$s }
                      - { name: schedule, value: "0 0 0 1 1 ? 2099" }
                      - { name: baseUrl, value: "http://localhost:{{local.server.port}}/sandbox/dvc/api/ho-so" }
                      - { name: servicesUrl, value: "http://localhost:{{local.server.port}}/sandbox/dvc/api/dich-vu/thong-ke" }
                      - { name: apiKey, value: "{{DVC_SANDBOX_API_KEY}}" }
                      - { name: province, value: "01" }
                      - { name: startPeriod, value: "%2$s" }
                      - { name: pageSize, value: "%3$d" }
                      - { name: extraQuery, value: "tongSo=%1$s" }
                      - { name: mapping, value: dvc/ho-so.yaml }
                """;
        StringBuilder routes = new StringBuilder();
        for (long n : sizes()) {
            routes.append(route.formatted(n, currentQuarter(), PAGE));
        }
        registry.add("hub.routes-dir", () -> HubTestData.routes(Map.of("dvc/bench.yaml", routes.toString())).toString());
        if (System.getenv("HUB_TEST_DB_URL") == null) {
            // an in-memory database would hold the archived pages on the heap being measured
            Path db = Files.createTempDirectory("dxhub-bench");
            registry.add("hub.database.url", () -> "jdbc:h2:file:" + db.resolve("hub") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    private static List<Long> sizes() {
        return Arrays.stream(System.getProperty("benchmark.dossiers", "1000000").split(",")).map(String::strip).map(Long::parseLong).toList();
    }

    private static String currentQuarter() {
        return vn.dxhub.catalog.ReferenceDataLoader.load(Path.of("mappings")).calendar()
                .periodOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).id();
    }

    @Autowired
    ConnectorRunner runner;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void pullsMillionsOfDossiersInAFlatHeap() throws Exception {
        System.out.printf("%nBENCHMARK dvc-dossiers, max heap %d MB, page %d dossiers%n", Runtime.getRuntime().maxMemory() >> 20, PAGE);
        System.out.printf("%-10s %14s %14s %8s %14s %18s %18s%n", "dossiers", "parse only/s", "hub pull/s", "ratio", "peak heap MB",
                "live heap MB (med)", "retained after MB");
        long firstLiveMb = -1;
        for (long n : sizes()) {
            double parseRate = n / parseOnlySeconds(n);
            HeapWatch heap = new HeapWatch();
            long start = System.nanoTime();
            ConnectorRunner.Result result = runner.run("dvc-bench-" + n, ConnectorRunner.Trigger.MANUAL);
            double seconds = (System.nanoTime() - start) / 1e9;
            heap.stop();
            assertThat(result.succeeded()).as(result.error()).isTrue();
            assertThat(result.counts().read()).isEqualTo(n);
            double hubRate = n / seconds;
            System.out.printf("%-10d %14.0f %14.0f %8.2f %14d %18d %18d%n", n, parseRate, hubRate, hubRate / parseRate, heap.peakMb(),
                    heap.medianLiveMb(), heap.retainedMb());
            assertThat(hubRate / parseRate).as("throughput at least half of parsing the same bytes alone").isGreaterThanOrEqualTo(0.5);
            if (firstLiveMb < 0) {
                firstLiveMb = heap.medianLiveMb();
            }
            assertThat(heap.medianLiveMb()).as("the live heap does not grow with the number of dossiers").isLessThanOrEqualTo(firstLiveMb + 32);
        }
    }

    /** The same pages fetched over HTTP and parsed with Jackson's streaming parser, nothing else. */
    private double parseOnlySeconds(long n) throws Exception {
        HttpClient http = PARSE_CLIENT;
        JsonFactory json = new JsonFactory();
        long pages = (n + PAGE - 1) / PAGE;
        long records = 0;
        long start = System.nanoTime();
        for (long page = 0; page < pages; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/dvc/api/ho-so?maTinh=01&kyBaoCao="
                    + currentQuarter() + "&page=" + page + "&size=" + PAGE + "&tongSo=" + n)).header("X-API-Key", "sandbox-dvc-key").build();
            try (InputStream body = http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
                 JsonParser parser = json.createParser(body.readAllBytes())) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.FIELD_NAME && "maHoSo".equals(parser.currentName())) {
                        records++;
                    }
                }
            }
        }
        assertThat(records).isEqualTo(n);
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Samples heap use while a run goes on: the peak of the heap in use (garbage included); the live heap,
     * measured every two seconds right after a full collection (its median, since one sample can catch a page
     * in flight); and what is still retained after the run. The last two must not grow with N.
     */
    private static final class HeapWatch {
        private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private long peak;
        private final List<Long> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        private long retained;
        private final Thread sampler;

        HeapWatch() {
            sampler = new Thread(() -> {
                long lastFullGc = System.nanoTime();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    if (System.nanoTime() - lastFullGc > 2_000_000_000L) {
                        System.gc();
                        live.add(memory.getHeapMemoryUsage().getUsed());
                        lastFullGc = System.nanoTime();
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            System.gc();
            retained = memory.getHeapMemoryUsage().getUsed();
        }

        long peakMb() {
            return peak >> 20;
        }

        long medianLiveMb() {
            List<Long> sorted = live.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) >> 20;
        }

        long retainedMb() {
            return retained >> 20;
        }
    }
}
