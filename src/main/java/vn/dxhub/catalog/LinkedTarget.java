package vn.dxhub.catalog;

import java.util.List;

/**
 * A target from a plan other than the indicator table: the 22 indicators to reach by end-2025
 * (plan-2025-indicators.yaml) or the QĐ 2629 targets (qd2629-targets.yaml). {@code linkedIndicator}
 * names the catalog indicator that measures the same quantity, when there is one.
 */
public record LinkedTarget(
        String code,
        String document,
        String nameVi,
        String nameEn,
        List<DatedTarget> targets,
        String linkedIndicator,
        String note) {

    /** A target figure and the year it is due by; {@code figure} is the text when it is not a number. */
    public record DatedTarget(int byYear, String figure) {}
}
