package vn.dxhub.mapping.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * One sheet of a spreadsheet as the hub reads it, detached from the library that parsed it: the cells that hold
 * something, by row and column (0-based, sparse), and the merged regions. A CSV file is one sheet without a name,
 * and its merged header titles are inferred from the layout ({@code inferMerges}), since CSV cannot say so.
 */
record Sheet(String name, NavigableMap<Integer, NavigableMap<Integer, Cell>> rows, List<Region> merged, boolean inferMerges) {

    /**
     * One cell: its text as the unit sees it (NFC, trimmed; a number in plain digits, a date as dd/MM/yyyy), the exact
     * number when the cell holds one (a percent-formatted 0.875 is 87.5, as displayed), and the formula error when
     * the cell's formula failed (#DIV/0!, or one that cannot be computed).
     */
    record Cell(String address, String text, BigDecimal number, String error) {

        boolean isBlank() {
            return error == null && (text == null || text.isEmpty());
        }
    }

    /** A merged region, rows and columns inclusive (0-based). */
    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }

        boolean isSingleColumn() {
            return firstColumn == lastColumn;
        }

        boolean isSingleRow() {
            return firstRow == lastRow;
        }
    }

    Optional<Cell> cell(int row, int column) {
        Map<Integer, Cell> cells = rows.get(row);
        return Optional.ofNullable(cells == null ? null : cells.get(column)).filter(c -> !c.isBlank());
    }

    /** The last column holding something in any row; -1 when the sheet is empty. */
    int lastColumn() {
        return rows.values().stream().filter(r -> !r.isEmpty()).mapToInt(NavigableMap::lastKey).max().orElse(-1);
    }

    /** How the sheet is named in a locator: "sheet 'Phụ lục 01' row 14", or "row 14" for a CSV file. */
    String where(int row) {
        return (name == null ? "" : "sheet '" + name + "' ") + "row " + (row + 1);
    }
}
