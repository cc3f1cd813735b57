package vn.dxhub.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** What each simulator received, for tests: counts per path and the last {@value #KEPT} calls. */
final class SandboxCalls {

    static final int KEPT = 200;

    /**
     * What an exchange (NDXP) knows of a call besides its method and path: who called whom, with which certificate,
     * under which transaction id, and why it refused the call (null when it forwarded it).
     */
    record Exchange(String callingSystem, String providingSystem, String certificateSubject, String transactionId, String refusal) {}

    /**
     * One call; status and fault are filled in while it is answered (status 0 = still in flight, or, with a refusal,
     * refused during the TLS handshake before any HTTP answer).
     */
    static final class Call {
        private final String method;
        private final String path;
        private final String query;
        private final Instant time;
        private volatile int status;
        private volatile String fault;
        private volatile Exchange exchange;
        private volatile String bodySha256;

        Call(String method, String path, String query, Instant time) {
            this.method = method;
            this.path = path;
            this.query = query;
            this.time = time;
        }

        public String getMethod() { return method; }
        public String getPath() { return path; }
        public String getQuery() { return query; }
        public Instant getTime() { return time; }
        public int getStatus() { return status; }
        public String getFault() { return fault; }
        public Exchange getExchange() { return exchange; }
        /** SHA-256 of the request body, for a simulator that takes bodies (the national system); null otherwise. */
        public String getBodySha256() { return bodySha256; }

        void answered(int status) { this.status = status; }
        void faulted(String fault) { this.fault = fault; }
        void exchange(Exchange exchange) { this.exchange = exchange; }
        void bodySha256(String sha256) { this.bodySha256 = sha256; }
    }

    record Summary(String simulator, long total, Map<String, Long> byPath, List<Call> last) {}

    private static final class Log {
        private final Map<String, Long> counts = new TreeMap<>();
        private final Deque<Call> last = new ArrayDeque<>();
        private long total;
    }

    private final Map<String, Log> logs = new ConcurrentHashMap<>();

    /** Counted on arrival, so a test that has its answer always sees its call. */
    Call arrived(String simulator, String method, String path, String query) {
        Call call = new Call(method, path, query, Instant.now());
        Log log = logs.computeIfAbsent(simulator, s -> new Log());
        synchronized (log) {
            log.total++;
            log.counts.merge(path, 1L, Long::sum);
            log.last.addLast(call);
            if (log.last.size() > KEPT) {
                log.last.removeFirst();
            }
        }
        return call;
    }

    Summary summary(String simulator) {
        Log log = logs.get(simulator);
        if (log == null) {
            return new Summary(simulator, 0, Map.of(), List.of());
        }
        synchronized (log) {
            return new Summary(simulator, log.total, new TreeMap<>(log.counts), new ArrayList<>(log.last));
        }
    }

    void clear(String simulator) {
        logs.remove(simulator);
    }

    void clearAll() {
        logs.clear();
    }
}
