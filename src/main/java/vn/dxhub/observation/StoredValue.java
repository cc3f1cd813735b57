package vn.dxhub.observation;

import java.math.BigDecimal;
import java.time.Instant;

/** The current value of one stored observation, with the delivery state of its latest revision. */
public record StoredValue(long id, String indicator, String unit, String period, BigDecimal value, String unitOfMeasure,
                          BigDecimal numerator, BigDecimal denominator, String status, int revision, String source,
                          String connector, Instant updated, String deliveryState) {}
