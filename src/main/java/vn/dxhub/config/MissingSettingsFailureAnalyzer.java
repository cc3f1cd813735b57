package vn.dxhub.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing settings into one readable start-up message instead of a stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(), "Đặt các cài đặt trên (trong application.yml, bằng --hub.x=y hoặc biến môi trường"
                + " HUB_X_Y) rồi khởi động lại hub / Set the settings above (application.yml, --hub.x=y or environment HUB_X_Y) and start"
                + " the hub again.", cause);
    }
}
