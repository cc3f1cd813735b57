package vn.dxhub.mapping.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One data row of a table: its cells by column, read by column title through the layout it was found in. */
record TableRow(TableLayout layout, int row, Map<Integer, Sheet.Cell> cells) {

    /** The cell of the one column answering to the title; null when the cell is empty or no column has that title. */
    Sheet.Cell cell(String title) {
        List<TableLayout.Column> columns = layout.columnsNamed(title);
        return columns.size() == 1 ? cells.get(columns.get(0).index()) : null;
    }

    String locator() {
        return layout.where(row);
    }

    /** The row as the unit wrote it, keyed by column title, for the operator who looks at a quarantined row. */
    Map<String, Object> asWritten() {
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (TableLayout.Column column : layout.columns()) {
            Sheet.Cell cell = cells.get(column.index());
            if (cell != null) {
                String title = byTitle.containsKey(column.fullTitle()) ? column.fullTitle() + " (" + column.letter() + ")" : column.fullTitle();
                byTitle.put(title, cell.text());
            }
        }
        Map<String, Object> written = new LinkedHashMap<>();
        if (layout.sheetName() != null) {
            written.put("sheet", layout.sheetName());
        }
        written.put("row", row + 1);
        written.put("cells", byTitle);
        return written;
    }

    BigDecimal number(String title) {
        Sheet.Cell cell = cell(title);
        return cell == null ? null : cell.number();
    }
}
