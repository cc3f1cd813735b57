package vn.dxhub.lint;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused file into one readable start-up message instead of a stack trace. */
class LintFailureAnalyzer extends AbstractFailureAnalyzer<LintException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LintException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Sửa các lỗi trên rồi khởi động lại hub / Fix the problems above and start the hub again.", cause);
    }
}
