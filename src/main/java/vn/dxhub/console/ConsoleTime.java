package vn.dxhub.console;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as the console shows them, in the hub's time zone (an Instant has none): {@code ${@consoleTime.format(instant)}}. */
@Component("consoleTime")
public class ConsoleTime {

    private final DateTimeFormatter format;

    ConsoleTime(Clock clock) {
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(clock.getZone());
    }

    public String format(Instant at) {
        return at == null ? "" : format.format(at);
    }
}
