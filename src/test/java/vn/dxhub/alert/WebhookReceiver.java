package vn.dxhub.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver for tests: keeps what it is sent and answers the statuses it is told to, then 200. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String body, Map<String, List<String>> headers) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/dxhub", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Map.copyOf(exchange.getRequestHeaders())));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/dxhub";
    }

    /** The next answers, in order; 200 once they are used up. */
    void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    List<Received> received() {
        return received;
    }

    void reset() {
        received.clear();
        statuses.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
