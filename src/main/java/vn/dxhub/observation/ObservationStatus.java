package vn.dxhub.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Provisional estimates (số liệu tạm ước tính) are sent before a deadline and replaced by official figures later. */
public enum ObservationStatus {
    PROVISIONAL, OFFICIAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ObservationStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
