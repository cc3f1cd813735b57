package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kinds of reporting period, written in period ids as YYYY, YYYYS1, YYYYQ3, YYYY-MM. */
public enum PeriodType {
    YEAR("năm"), HALF("6 tháng"), QUARTER("quý"), MONTH("tháng");

    private final String labelVi;

    PeriodType(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PeriodType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
