package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan or target figure as the source documents write it: a plain value ("60%", "86"), a bound
 * ("≥ 80%", "> 80%", "≤ 10") or a rank bound ("Top 50"). Bounds stay bounds: "≥ 80%" is not 80.
 */
public record Bound(Comparison comparison, BigDecimal value, boolean percent) {

    public enum Comparison {
        EQUAL(""), AT_LEAST("≥ "), ABOVE("> "), AT_MOST("≤ "), BELOW("< "), TOP("Top ");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    private static final Pattern FORMAT =
            Pattern.compile("^(≥|>=|>|≤|<=|<|Top)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%)?$", Pattern.CASE_INSENSITIVE);

    /** Reads "≥ 80%", "> 80%", "Top 50", "86.97%", "86"; empty when the text is not such a figure. */
    public static Optional<Bound> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Comparison comparison = switch (m.group(1) == null ? "" : m.group(1).toLowerCase()) {
            case "≥", ">=" -> Comparison.AT_LEAST;
            case ">" -> Comparison.ABOVE;
            case "≤", "<=" -> Comparison.AT_MOST;
            case "<" -> Comparison.BELOW;
            case "top" -> Comparison.TOP;
            default -> Comparison.EQUAL;
        };
        return Optional.of(new Bound(comparison, new BigDecimal(m.group(2)), m.group(3) != null));
    }

    /** Whether a measured value meets this figure; for TOP, the value is a rank. */
    public boolean isMetBy(BigDecimal measured) {
        int c = measured.compareTo(value);
        return switch (comparison) {
            case EQUAL, AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
            case AT_MOST, TOP -> c <= 0;
            case BELOW -> c < 0;
        };
    }

    @JsonValue
    public String text() {
        return comparison.symbol + value.toPlainString() + (percent ? "%" : "");
    }

    @Override
    public String toString() {
        return text();
    }
}
