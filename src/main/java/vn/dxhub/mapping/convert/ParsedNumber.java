package vn.dxhub.mapping.convert;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from source text, and whether the text ended with a percent sign.
 *
 * <p>"86,97%" gives {@code (86.97, true)}: the value is kept as written, not divided by 100, because
 * the hub's percent indicators hold 0..100. The flag lets a mapping check the text against the
 * indicator's unit of measure.
 */
public record ParsedNumber(BigDecimal value, boolean percent) {

    public ParsedNumber {
        Objects.requireNonNull(value, "value");
    }
}
