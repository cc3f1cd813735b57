package vn.dxhub.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * What a long piece of work has done so far, as operators watch it: its kind ("delivery-replay", "backfill"), its title
 * in Vietnamese and English, how many items it has in all, done and failed, its state, who started it and when, and
 * when it ended with a closing message (what it did, or why it failed).
 */
public record Job(String id, String kind, String titleVi, String titleEn, int total, int done, int failed, State state, Instant startedAt,
                  Instant endedAt, String startedBy, String messageVi, String messageEn) {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    /** Items handled, done or failed, in percent of the total (0 while the total is not known yet). */
    @JsonProperty
    public int percent() {
        return total <= 0 ? (state == State.RUNNING ? 0 : 100) : Math.min(100, (done + failed) * 100 / total);
    }

    @JsonProperty
    public boolean finished() {
        return state != State.RUNNING;
    }
}
