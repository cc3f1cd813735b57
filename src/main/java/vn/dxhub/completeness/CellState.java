package vn.dxhub.completeness;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the hub holds for one unit and one indicator of a period, as the completeness grid shows it. */
public enum CellState {
    /** An official figure, not refused by the national system. */
    OFFICIAL,
    /** A provisional estimate (số liệu tạm ước tính), not refused; counts as sent, to be replaced by the official figure. */
    PROVISIONAL,
    /** The national system rejected the latest revision of every value the hub holds for the cell. */
    REJECTED,
    /** No value at all. */
    MISSING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the cell counts towards the share complete: a value was sent and not refused. */
    public boolean complete() {
        return this == OFFICIAL || this == PROVISIONAL;
    }
}
