package vn.dxhub.health;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** When the console, the health endpoint and the alerts call a connector stale or failing. */
@Validated
@ConfigurationProperties(prefix = "hub.console")
public class ConnectorHealthSettings {

    /**
     * A scheduled connector is stale (red) when its last successful run is older than this many intervals of its
     * schedule (the interval between the schedule's next two fire times).
     */
    @Min(1)
    private int staleAfterSchedules = 3;

    /** A connector whose last this-many runs all failed raises the alert "connector-failing". */
    @Min(1)
    private int failingRuns = 3;

    public int getStaleAfterSchedules() {
        return staleAfterSchedules;
    }

    public void setStaleAfterSchedules(int staleAfterSchedules) {
        this.staleAfterSchedules = staleAfterSchedules;
    }

    public int getFailingRuns() {
        return failingRuns;
    }

    public void setFailingRuns(int failingRuns) {
        this.failingRuns = failingRuns;
    }
}
