package vn.dxhub.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.dxhub.observation.Observation;
import vn.dxhub.validation.Problem;

/** The validation rules a mapping adds: value ranges and the largest change allowed from the previous period's value. */
public final class MappingRules {

    private MappingRules() {}

    /** @param previousValue the stored value of the same indicator, unit and source for the previous period, if any */
    public static List<Problem> check(Mapping mapping, Observation o, Function<Observation, Optional<BigDecimal>> previousValue) {
        List<Problem> problems = new ArrayList<>();
        for (Mapping.Rule rule : mapping.rules()) {
            if (!rule.appliesTo(o.indicator())) {
                continue;
            }
            String value = o.value().stripTrailingZeros().toPlainString();
            if (rule.min() != null && o.value().compareTo(rule.min()) < 0) {
                problems.add(new Problem("value", value, "nhỏ hơn mức tối thiểu " + rule.min().toPlainString() + " của mapping",
                        "below the mapping's minimum " + rule.min().toPlainString()));
            }
            if (rule.max() != null && o.value().compareTo(rule.max()) > 0) {
                problems.add(new Problem("value", value, "lớn hơn mức tối đa " + rule.max().toPlainString() + " của mapping",
                        "above the mapping's maximum " + rule.max().toPlainString()));
            }
            if (rule.maxChangeFromPreviousPeriod() != null) {
                previousValue.apply(o).ifPresent(previous -> {
                    BigDecimal change = o.value().subtract(previous).abs();
                    if (change.compareTo(rule.maxChangeFromPreviousPeriod()) > 0) {
                        problems.add(new Problem("value", value,
                                "thay đổi " + change.stripTrailingZeros().toPlainString() + " so với kỳ trước (" + previous.stripTrailingZeros().toPlainString()
                                        + ") vượt mức cho phép " + rule.maxChangeFromPreviousPeriod().toPlainString(),
                                "change of " + change.stripTrailingZeros().toPlainString() + " from the previous period exceeds "
                                        + rule.maxChangeFromPreviousPeriod().toPlainString()));
                    }
                });
            }
        }
        return problems;
    }
}
