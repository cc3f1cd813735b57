package vn.dxhub.mapping.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Where the table is in a sheet filled in by hand: its header row (the first row holding the titles looked for; one
 * to three rows deep when titles are merged over sub-titles, such as "Kế hoạch" over "Năm 2023 | Năm 2024"), the
 * title of each column, the "label: value" lines written above it, and which rows below it are data rows.
 */
final class TableLayout {

    private static final int MAX_HEADER_ROWS = 3;
    /** "(1)", "(2)", "(7)=(5)/(6)": the row numbering the columns under a form's header. */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\s*\\d{1,3}\\s*\\)(\\s*[-+*/x×=:]\\s*\\(\\s*\\d{1,3}\\s*\\))*");

    /** One column: its titles from the top header row down ("Kế hoạch", "Năm 2025"). */
    record Column(int index, List<String> titles) {

        String fullTitle() {
            return String.join(" ", titles);
        }

        String ownTitle() {
            return titles.get(titles.size() - 1);
        }

        boolean answersTo(String key) {
            return key.equals(Titles.key(fullTitle())) || key.equals(Titles.key(ownTitle()));
        }

        String letter() {
            return CellReference.convertNumToColString(index);
        }
    }

    private final Sheet sheet;
    private final int headerRow;
    private final int headerRows;
    private final List<Sheet.Region> regions;
    private final List<Column> columns;
    private final Map<String, String> labels;

    /** The header row is looked for in the first rows only: a form's table starts near its top, whatever its length. */
    static final int HEADER_WITHIN_ROWS = 100;

    private TableLayout(Sheet sheet, int headerRow, int headerRows, List<Sheet.Region> regions, List<Column> columns) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.headerRows = headerRows;
        this.regions = regions;
        this.columns = columns;
        this.labels = labelsAbove(sheet, headerRow);
    }

    /** The layout whose header row is the first row holding every one of the titles; empty when no row does. */
    static Optional<TableLayout> find(Sheet sheet, List<String> titles) {
        List<String> keys = titles.stream().map(Titles::key).toList();
        for (int row : sheet.rows().headMap(HEADER_WITHIN_ROWS).keySet()) {
            if (sheet.rows().get(row).size() < 2) {
                continue; // a title or a "label: value" line, never a header: a header has several titles side by side
            }
            List<Sheet.Region> regions = new ArrayList<>(sheet.merged());
            if (sheet.inferMerges()) {
                regions.addAll(inferredHeaderMerges(sheet, row));
            }
            int depth = headerDepth(sheet, regions, row);
            List<Column> columns = columns(sheet, regions, row, depth);
            if (keys.stream().allMatch(k -> columns.stream().anyMatch(c -> c.answersTo(k)))) {
                return Optional.of(new TableLayout(sheet, row, depth, List.copyOf(regions), columns));
            }
        }
        return Optional.empty();
    }

    /** The columns answering to a title: by its own title or by "parent child" under a merged title. */
    List<Column> columnsNamed(String title) {
        String key = Titles.key(title);
        return columns.stream().filter(c -> c.answersTo(key)).toList();
    }

    List<Column> columns() {
        return columns;
    }

    /** The value of a "label: value" line above the table ("Kỳ báo cáo: Quý III/2026"), or null. */
    String label(String name) {
        return labels.get(Titles.key(name));
    }

    int headerRow() {
        return headerRow;
    }

    String sheetName() {
        return sheet.name();
    }

    String where(int row) {
        return sheet.where(row);
    }

    /**
     * The rows under the header that may be records, with their cells: not blank, not the column-number row, not
     * a row the mapping skips, and up to the row that ends the table. A cell of a region merged down one column
     * ("Đơn vị chủ trì" written once for three indicators) has the value written at its top.
     */
    Map<Integer, Map<Integer, Sheet.Cell>> bodyRows(List<String> endBefore, List<String> skipRows) {
        Map<Integer, Map<Integer, Sheet.Cell>> body = new LinkedHashMap<>();
        int first = headerRow + headerRows;
        for (int row = first; row <= lastRow(); row++) {
            Map<Integer, Sheet.Cell> cells = cellsOf(row, first);
            if (cells.isEmpty()) {
                continue;
            }
            String firstText = cells.values().iterator().next().text();
            if (Titles.startsWithAny(firstText, endBefore)) {
                break;
            }
            if (Titles.startsWithAny(firstText, skipRows) || isColumnNumberRow(cells)) {
                continue;
            }
            body.put(row, cells);
        }
        return body;
    }

    /** Whether a region merged across several columns covers the cell: a heading written across the table, not a value. */
    boolean isUnderHeading(int row, int column) {
        return regions.stream().anyMatch(r -> r.contains(row, column) && !r.isSingleColumn());
    }

    private int lastRow() {
        return sheet.rows().isEmpty() ? -1 : sheet.rows().lastKey();
    }

    private Map<Integer, Sheet.Cell> cellsOf(int row, int firstDataRow) {
        NavigableMap<Integer, Sheet.Cell> cells = new TreeMap<>();
        NavigableMap<Integer, Sheet.Cell> written = sheet.rows().get(row);
        if (written != null) {
            written.forEach((column, cell) -> {
                if (!cell.isBlank()) {
                    cells.put(column, cell);
                }
            });
        }
        for (Sheet.Region region : regions) {
            boolean mergedDownOneColumn = region.isSingleColumn() && !region.isSingleRow();
            if (mergedDownOneColumn && region.firstRow() >= firstDataRow && region.firstRow() < row && row <= region.lastRow()
                    && !cells.containsKey(region.firstColumn())) {
                sheet.cell(region.firstRow(), region.firstColumn()).ifPresent(top -> cells.put(region.firstColumn(), top));
            }
        }
        return cells;
    }

    /** "(1) (2) (3)" or "1 2 3 4" across the row: the numbers of the columns, not data. */
    private static boolean isColumnNumberRow(Map<Integer, Sheet.Cell> cells) {
        if (cells.size() < 3) {
            return false;
        }
        if (cells.values().stream().allMatch(c -> COLUMN_NUMBER.matcher(c.text()).matches())) {
            return true;
        }
        int expected = 1;
        for (Sheet.Cell cell : cells.values()) {
            if (!String.valueOf(expected++).equals(cell.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many rows the header spans from {@code row}: as deep as a region merged down from it, and two rows when a
     * title is merged across columns with sub-titles under it.
     */
    private static int headerDepth(Sheet sheet, List<Sheet.Region> regions, int row) {
        int depth = 1;
        for (Sheet.Region r : regions) {
            if (r.firstRow() != row) {
                continue;
            }
            if (!r.isSingleRow()) {
                depth = Math.max(depth, r.lastRow() - row + 1);
            } else if (!r.isSingleColumn() && hasTextBetween(sheet, row + 1, r.firstColumn(), r.lastColumn())) {
                depth = Math.max(depth, 2);
            }
        }
        return Math.min(depth, MAX_HEADER_ROWS);
    }

    private static List<Column> columns(Sheet sheet, List<Sheet.Region> regions, int row, int depth) {
        List<Column> columns = new ArrayList<>();
        int lastColumn = sheet.lastColumn();
        for (int column = 0; column <= lastColumn; column++) {
            List<String> titles = new ArrayList<>();
            for (int r = row; r < row + depth; r++) {
                String title = headerText(sheet, regions, r, column);
                if (!title.isEmpty() && (titles.isEmpty() || !titles.get(titles.size() - 1).equals(title))) {
                    titles.add(title);
                }
            }
            if (!titles.isEmpty()) {
                columns.add(new Column(column, List.copyOf(titles)));
            }
        }
        return columns;
    }

    /** A header cell's title: its own text, or the text at the top left of the region merged over it. */
    private static String headerText(Sheet sheet, List<Sheet.Region> regions, int row, int column) {
        Optional<Sheet.Cell> own = sheet.cell(row, column);
        if (own.isPresent()) {
            return own.get().text();
        }
        return regions.stream().filter(r -> r.contains(row, column)).findFirst()
                .flatMap(r -> sheet.cell(r.firstRow(), r.firstColumn())).map(Sheet.Cell::text).orElse("");
    }

    /**
     * A CSV file cannot say which titles were merged. Excel writes a title merged across columns in its first column
     * with empty cells after it, and the sub-titles on the next row: "Kế hoạch,," over "Năm 2023,Năm 2024,Năm 2025".
     * Such a title spans its empty neighbours that have a sub-title; the other titles of the row then span both rows.
     */
    private static List<Sheet.Region> inferredHeaderMerges(Sheet sheet, int row) {
        List<Sheet.Region> spans = new ArrayList<>();
        int last = sheet.lastColumn();
        for (int column = 0; column <= last; column++) {
            if (sheet.cell(row, column).isEmpty() || sheet.cell(row + 1, column).isEmpty()) {
                continue;
            }
            int end = column;
            while (end + 1 <= last && sheet.cell(row, end + 1).isEmpty() && sheet.cell(row + 1, end + 1).isPresent()) {
                end++;
            }
            if (end > column) {
                spans.add(new Sheet.Region(row, row, column, end));
                column = end;
            }
        }
        if (spans.isEmpty()) {
            return spans;
        }
        List<Sheet.Region> regions = new ArrayList<>(spans);
        for (int column = 0; column <= last; column++) {
            int c = column;
            boolean inSpan = spans.stream().anyMatch(s -> s.contains(row, c));
            if (!inSpan && sheet.cell(row, column).isPresent() && sheet.cell(row + 1, column).isEmpty()) {
                regions.add(new Sheet.Region(row, row + 1, column, column));
            }
        }
        return regions;
    }

    private static boolean hasTextBetween(Sheet sheet, int row, int fromColumn, int toColumn) {
        for (int c = fromColumn; c <= toColumn; c++) {
            if (sheet.cell(row, c).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "label: value" lines above the header, as units write them: in one cell ("Kỳ báo cáo: Quý III/2026"), or the
     * label in one cell and the value in the next ("Đơn vị báo cáo:" | "Tỉnh Lào Cai"). The first of a label wins.
     */
    private static Map<String, String> labelsAbove(Sheet sheet, int headerRow) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<Integer, NavigableMap<Integer, Sheet.Cell>> row : sheet.rows().headMap(headerRow, false).entrySet()) {
            List<Sheet.Cell> cells = row.getValue().values().stream().filter(c -> !c.isBlank()).toList();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i).text();
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String label = text.substring(0, colon).strip();
                String value = text.substring(colon + 1).strip();
                if (label.startsWith("(")) {
                    label = label.substring(1).strip();
                    value = value.endsWith(")") ? value.substring(0, value.length() - 1).strip() : value;
                }
                if (value.isEmpty() && i + 1 < cells.size()) {
                    value = cells.get(i + 1).text();
                }
                if (!label.isEmpty() && !value.isEmpty()) {
                    labels.putIfAbsent(Titles.key(label), value);
                }
            }
        }
        return labels;
    }
}
