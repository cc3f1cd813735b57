package vn.dxhub.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Unit of measure of an indicator value (đơn vị tính). */
public enum UnitOfMeasure {
    /** A share in percent, 0 to 100. */
    PERCENT("%"),
    /** A non-negative count (number of dossiers, services, ...). */
    COUNT("số lượng"),
    /** A position in a ranking; lower is better. */
    RANK("thứ hạng"),
    /** A score on an index. */
    SCORE("điểm"),
    /** An amount of money in VND. */
    AMOUNT("đồng");

    private final String labelVi;

    UnitOfMeasure(String labelVi) {
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
    public static UnitOfMeasure fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
