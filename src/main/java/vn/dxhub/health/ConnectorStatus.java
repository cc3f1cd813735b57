package vn.dxhub.health;

import java.time.Instant;
import vn.dxhub.store.RunHistory.Run;

/**
 * A configured connector as operations see it: active or paused (by whom, when, why), its schedule and next fire
 * (none for a file-drop connector), its health, its last run and its last successful run.
 */
public record ConnectorStatus(String id, String kind, String sourceSystem, String file, State state, String pausedBy, Instant pausedAt,
                              String pauseReason, String schedule, Instant nextFire, Health health, Run lastRun, Run lastSuccess) {

    /** Whether the connector's schedule fires. */
    public enum State {
        ACTIVE, PAUSED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean paused() {
        return state == State.PAUSED;
    }
}
