package vn.dxhub.completeness;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One cell of the grid: its state, and the value it shows (or the reason of a rejection). */
public record Cell(String indicator, CellState state, BigDecimal value, Long observationId, String source, String reason) {

    /**
     * The cell rule. A cell may hold values from several sources (the same indicator of a unit can come from the provincial
     * reporting system and from an Excel form). A value whose latest revision the national system rejected does not count,
     * since the centre does not have it; among the others an official figure beats a provisional one. Only when every value
     * was rejected is the cell rejected, with the reason of the most recent rejection; with no value at all it is missing.
     */
    public static Cell of(String indicator, List<CurrentValue> values) {
        Optional<CurrentValue> accepted = values.stream().filter(v -> !v.rejected())
                .max(Comparator.comparing(CurrentValue::official).thenComparing(CurrentValue::observationId));
        if (accepted.isPresent()) {
            CurrentValue v = accepted.get();
            return new Cell(indicator, v.official() ? CellState.OFFICIAL : CellState.PROVISIONAL, v.value(), v.observationId(), v.source(), null);
        }
        return values.stream().max(Comparator.comparing(CurrentValue::observationId))
                .map(v -> new Cell(indicator, CellState.REJECTED, v.value(), v.observationId(), v.source(), v.rejectionReason()))
                .orElseGet(() -> new Cell(indicator, CellState.MISSING, null, null, null, null));
    }
}
