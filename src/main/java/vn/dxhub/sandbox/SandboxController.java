package vn.dxhub.sandbox;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The knobs of every simulator: its fault plan and the log of calls it received. */
@SimulatorsEnabled
@RestController("sandboxFaultsController")
@RequestMapping("/sandbox")
class SandboxController {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private final SandboxFaults faults;
    private final SandboxCalls calls;

    SandboxController(SandboxFaults faults, SandboxCalls calls) {
        this.faults = faults;
        this.calls = calls;
    }

    @GetMapping("/faults/{simulator}")
    ResponseEntity<?> plan(@PathVariable String simulator) {
        return known(simulator) ? ResponseEntity.ok(faults.plan(simulator)) : badName(simulator);
    }

    @PutMapping("/faults/{simulator}")
    ResponseEntity<?> setPlan(@PathVariable String simulator, @RequestBody FaultPlan plan) {
        if (!known(simulator)) {
            return badName(simulator);
        }
        faults.set(simulator, plan);
        return ResponseEntity.ok(faults.plan(simulator));
    }

    @DeleteMapping("/faults/{simulator}")
    ResponseEntity<?> reset(@PathVariable String simulator) {
        if (!known(simulator)) {
            return badName(simulator);
        }
        faults.reset(simulator);
        return ResponseEntity.ok(faults.plan(simulator));
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> resetAll() {
        faults.resetAll();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/calls/{simulator}")
    ResponseEntity<?> calls(@PathVariable String simulator) {
        return known(simulator) ? ResponseEntity.ok(calls.summary(simulator)) : badName(simulator);
    }

    @DeleteMapping("/calls/{simulator}")
    ResponseEntity<Void> clearCalls(@PathVariable String simulator) {
        calls.clear(simulator);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/calls")
    ResponseEntity<Void> clearAllCalls() {
        calls.clearAll();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        return ResponseEntity.badRequest().body(Map.of("error", "invalid fault plan", "message", String.valueOf(cause.getMessage())));
    }

    private static boolean known(String simulator) {
        return NAME.matcher(simulator).matches() && !FaultInjector.CONTROL_SEGMENTS.contains(simulator);
    }

    private static ResponseEntity<Map<String, String>> badName(String simulator) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid simulator name: " + simulator));
    }
}
