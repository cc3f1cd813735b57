package vn.dxhub.health;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxhub.alert.Alert;
import vn.dxhub.alert.AlertCondition;
import vn.dxhub.store.RunHistory;

/**
 * Alert "connector-failing": a connector whose last {@code hub.console.failing-runs} runs all failed, or that is stale.
 * One failed run is red on the overview but no alert yet: sources hiccup, and the next run usually recovers.
 */
@Component
class ConnectorFailing implements AlertCondition {

    static final String KIND = "connector-failing";

    private final ConnectorStatuses statuses;
    private final RunHistory runs;
    private final int failingRuns;

    ConnectorFailing(ConnectorStatuses statuses, RunHistory runs, ConnectorHealthSettings settings) {
        this.statuses = statuses;
        this.runs = runs;
        this.failingRuns = settings.getFailingRuns();
    }

    @Override
    public List<Alert> active() {
        List<Alert> alerts = new ArrayList<>();
        for (ConnectorStatus s : statuses.all()) {
            if (s.health().cause() == Health.Cause.STALE) {
                alerts.add(alert(s.id(), "Connector " + s.id() + " quá hạn", "Connector " + s.id() + " is stale", s.health().reasonVi(),
                        s.health().reasonEn()));
            } else if (s.health().cause() == Health.Cause.FAILED && lastRunsAllFailed(s.id())) {
                Bilingual error = Bilingual.split(s.lastRun().errorMessage());
                alerts.add(alert(s.id(), "Connector " + s.id() + " thất bại " + failingRuns + " lần liên tiếp",
                        "Connector " + s.id() + " failed " + failingRuns + " runs in a row",
                        "Lỗi gần nhất (" + s.lastRun().errorKind() + ", lần chạy " + s.lastRun().id() + "): " + error.vi(),
                        "Last error (" + s.lastRun().errorKind() + ", run " + s.lastRun().id() + "): " + error.en()));
            }
        }
        return alerts;
    }

    private boolean lastRunsAllFailed(String connectorId) {
        List<RunHistory.Run> recent = runs.recent(connectorId, failingRuns);
        return recent.size() == failingRuns && recent.stream().allMatch(RunHistory.Run::failed);
    }

    private static Alert alert(String connectorId, String titleVi, String titleEn, String detailVi, String detailEn) {
        return new Alert(KIND + ":" + connectorId, KIND, titleVi, titleEn, detailVi, detailEn);
    }
}
