package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a larger value is progress (shares) or regress (ranks). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Direction fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
