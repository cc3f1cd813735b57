package vn.dxhub.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.store.RunHistory;

/** Connector runs for operations (GET /api/runs): by connector, status and time, newest first, a page at a time. */
@Component("runsApi")
class RunsApi {

    private static final Set<String> STATUSES = Set.of("running", "succeeded", "failed");

    private final RunHistory runs;
    private final Clock clock;

    RunsApi(RunHistory runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** Answer of GET /api/runs: one page of the runs found, and how many there are in all. */
    record RunsPage(java.util.List<RunHistory.Run> items, long total, int offset, int limit) {}

    public RunsPage find(@Header("connector") String connector, @Header("status") String status, @Header("from") String from,
                                            @Header("to") String to, @Header("offset") String offset, @Header("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        if (status != null && !status.isBlank() && !STATUSES.contains(status.strip())) {
            throw new InvalidRequestException("status", status, "status phải là running, succeeded hoặc failed",
                    "status must be running, succeeded or failed");
        }
        RunHistory.Filter filter = new RunHistory.Filter(blankToNull(connector), blankToNull(status), instant("from", from, false),
                instant("to", to, true));
        return new RunsPage(runs.find(filter, paging.offset(), paging.limit()), runs.count(filter), paging.offset(), paging.limit());
    }

    /**
     * An ISO instant (2026-11-25T08:00:00Z) or a date (2026-11-25) in the hub's time zone; a date as {@code to} includes
     * the whole day.
     */
    private Instant instant(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).plusDays(endOfDay ? 1 : 0).atStartOfDay(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, text, name + " phải là ngày YYYY-MM-DD hoặc thời điểm ISO như 2026-11-25T08:00:00Z",
                    name + " must be a date YYYY-MM-DD or an ISO instant such as 2026-11-25T08:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
