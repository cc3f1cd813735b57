package vn.dxhub.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A chat room's webhook as the quick start's alerts reach it: keeps the last {@value #KEPT} notices the hub posted, so
 * a newcomer sees an alert and its recovery at GET /sandbox/alerts (newest first) without setting anything up.
 */
@SimulatorsEnabled
@RestController
@RequestMapping("/sandbox/alerts")
class AlertInboxController {

    static final int KEPT = 100;

    private final Deque<JsonNode> received = new ArrayDeque<>();

    @PostMapping
    synchronized ResponseEntity<Void> receive(@RequestBody JsonNode notice) {
        received.addFirst(notice);
        while (received.size() > KEPT) {
            received.removeLast();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    synchronized List<JsonNode> list() {
        return new ArrayList<>(received);
    }
}
