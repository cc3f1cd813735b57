package vn.dxhub.completeness;

import java.math.BigDecimal;

/**
 * The current value of one observation (one source's value for an indicator, unit and period) with the delivery state of
 * its latest revision and, when the national system refused it, the reason it gave.
 */
public record CurrentValue(long observationId, String indicator, String unit, String source, BigDecimal value, String status,
                           int revision, String deliveryState, String rejectionReason) {

    static final String OFFICIAL = "official";
    static final String REJECTED = "rejected";

    public boolean rejected() {
        return REJECTED.equals(deliveryState);
    }

    public boolean official() {
        return OFFICIAL.equals(status);
    }
}
