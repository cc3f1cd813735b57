package vn.dxhub.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One indicator value in the common schema v1 ({@code mappings/schema/observation-v1.schema.json}):
 * which indicator, for which unit and period, the value in the catalog's unit of measure, its status
 * and revision, and where it came from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Observation(
        String indicator,
        String reportingUnit,
        String period,
        BigDecimal value,
        String unitOfMeasure,
        BigDecimal numerator,
        BigDecimal denominator,
        ObservationStatus status,
        Integer revision,
        ObservationSource source) {}
