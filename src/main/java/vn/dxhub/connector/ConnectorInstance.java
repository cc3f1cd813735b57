package vn.dxhub.connector;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.boot.convert.DurationStyle;

/**
 * One configured connector: its kind and the parameter values of its route file. Values are kept as
 * written; secret references such as {@code {{env:LGSP_01_SECRET}}} are resolved only when used, and
 * never logged.
 */
public record ConnectorInstance(String id, ConnectorKind kind, Map<String, String> parameters, String file,
                                UnaryOperator<String> placeholders) {

    /** The parameter's value with placeholders resolved, or its declared default. */
    public String text(String name) {
        String value = parameters.get(name);
        if (value == null) {
            value = kind.parameter(name).map(ParameterSpec::defaultValue)
                    .orElseThrow(() -> new IllegalArgumentException("connector kind " + kind.id() + " has no parameter " + name));
        }
        if (value == null) {
            return null;
        }
        try {
            return placeholders.apply(value);
        } catch (IllegalArgumentException e) {
            throw SourceException.permanent(id + ": tham số " + name + " tham chiếu " + value + " nhưng giá trị đó chưa được đặt (biến môi trường"
                    + " hoặc thiết lập) / parameter " + name + " refers to " + value + ", which is not set (environment variable or setting)", 0, null);
        }
    }

    public int integer(String name) {
        return Integer.parseInt(text(name).strip());
    }

    public Duration duration(String name) {
        return DurationStyle.detectAndParse(text(name).strip());
    }

    public String sourceSystem() {
        return kind.sourceSystem();
    }
}
