package vn.dxhub.completeness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/**
 * Units × expected indicators of one period, each cell by {@link Cell#of}. A cell of an indicator the unit does not report
 * is absent (null) and counts nowhere. Shares are complete cells (official or provisional) over expected cells; a grid with
 * nothing expected is complete (share 1).
 */
public record CompletenessGrid(String period, String kind, Deadline deadline, List<Column> columns, List<Row> rows,
                               int complete, int expected, double share) {

    /** One indicator of the grid with the share of units that sent it. */
    public record Column(String code, String nameVi, String nameEn, int complete, int expected, double share) {}

    /** One unit with its cells in column order (null where the unit does not report the indicator). */
    public record Row(String unit, String name, List<Cell> cells, int complete, int expected, double share) {}

    static CompletenessGrid build(Period period, ReportingUnit.Kind kind, Deadline deadline, List<ReportingUnit> units,
                                  ExpectedIndicators expectedIndicators, List<CurrentValue> values) {
        List<Indicator> indicators = expectedIndicators.ofAny(units, period);
        Map<String, Map<String, List<CurrentValue>>> byUnitAndIndicator = values.stream().collect(
                Collectors.groupingBy(CurrentValue::unit, Collectors.groupingBy(CurrentValue::indicator)));
        int[] columnComplete = new int[indicators.size()];
        int[] columnExpected = new int[indicators.size()];
        List<Row> rows = new ArrayList<>();
        for (ReportingUnit unit : units) {
            Map<String, List<CurrentValue>> ofUnit = byUnitAndIndicator.getOrDefault(unit.id(), Map.of());
            List<Cell> cells = new ArrayList<>();
            int complete = 0;
            int expected = 0;
            for (int c = 0; c < indicators.size(); c++) {
                Indicator indicator = indicators.get(c);
                if (!expectedIndicators.expected(indicator, unit, period)) {
                    cells.add(null);
                    continue;
                }
                Cell cell = Cell.of(indicator.code(), ofUnit.getOrDefault(indicator.code(), List.of()));
                cells.add(cell);
                expected++;
                columnExpected[c]++;
                if (cell.state().complete()) {
                    complete++;
                    columnComplete[c]++;
                }
            }
            rows.add(new Row(unit.id(), unit.name(), cells, complete, expected, share(complete, expected)));
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < indicators.size(); c++) {
            Indicator i = indicators.get(c);
            columns.add(new Column(i.code(), i.nameVi(), i.nameEn(), columnComplete[c], columnExpected[c], share(columnComplete[c], columnExpected[c])));
        }
        int complete = rows.stream().mapToInt(Row::complete).sum();
        int expected = rows.stream().mapToInt(Row::expected).sum();
        return new CompletenessGrid(period.id(), kind.code(), deadline, columns, rows, complete, expected, share(complete, expected));
    }

    /** The units with the lowest share first (ties by the catalog's order), for "who is furthest behind". */
    public List<Row> furthestBehind(int n) {
        return rows.stream().filter(r -> r.share() < 1).sorted(Comparator.comparingDouble(Row::share)).limit(n).toList();
    }

    /** How many cells are in each state, for the legend. */
    public Map<CellState, Long> counts() {
        Map<CellState, Long> counts = new LinkedHashMap<>();
        for (CellState state : CellState.values()) {
            counts.put(state, rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c != null && c.state() == state).count());
        }
        return counts;
    }

    private static double share(int complete, int expected) {
        return expected == 0 ? 1.0 : (double) complete / expected;
    }
}
