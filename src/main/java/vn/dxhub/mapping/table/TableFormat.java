package vn.dxhub.mapping.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dxhub.mapping.FieldReader;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.mapping.PayloadFormat;
import vn.dxhub.mapping.SourceRecord;
import vn.dxhub.mapping.UnreadablePayloadException;
import vn.dxhub.validation.Problem;

/**
 * Spreadsheets: Excel workbooks (.xlsx, .xls) read with Apache POI and CSV files read with Apache Commons CSV,
 * recognised by their bytes and never by their name. The records are the data rows under each sheet's header row,
 * with a value in the value column: group headings, blank rows, the column-number row and the free text after the
 * table are not records. A row's locator names its sheet and its row number as Excel shows it. A file too large,
 * with too many rows, inflating like a zip bomb, or not a spreadsheet at all is refused with one clear message.
 */
public final class TableFormat implements PayloadFormat {

    /**
     * What the hub agrees to read: the largest file in bytes and the most rows over all sheets. POI's zip-bomb
     * guards are process-wide and set once at start-up (see {@link #guardZipFiles}).
     */
    public record Limits(long maxBytes, int maxRows) {

        public static final Limits DEFAULTS = new Limits(10L * 1024 * 1024, 20_000);
    }

    private final Limits limits;

    public TableFormat(Limits limits) {
        this.limits = limits;
    }

    /** Sets POI's guards against zip bombs: the smallest compressed/inflated ratio and the largest inflated entry. */
    public static void guardZipFiles(double minInflateRatio, long maxEntrySize) {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(minInflateRatio);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(maxEntrySize);
    }

    @Override
    public ParsedPayload parse(byte[] body, String contentType) {
        if (body.length == 0) {
            throw new UnreadablePayloadException("Tệp rỗng (0 byte) / the file is empty", false, null);
        }
        if (body.length > limits.maxBytes()) {
            throw tooLarge(body.length, limits.maxBytes());
        }
        FileTypes.Kind kind = FileTypes.kindOf(body);
        if (kind == FileTypes.Kind.TEXT && namedAsWorkbook(contentType)) {
            throw FileTypes.notASpreadsheet("văn bản thuần, dù tên tệp là tệp Excel", "plain text, though its name says an Excel file", null);
        }
        List<Sheet> sheets = switch (kind) {
            case ZIP, OLE2 -> new WorkbookReader(limits.maxRows()).read(body, kind);
            case TEXT -> List.of(new CsvReader(limits.maxRows()).read(body));
            case OTHER -> throw FileTypes.notASpreadsheet(body);
        };
        return new ParsedPayload.Readable(new Workbook(sheets));
    }

    /**
     * Whether the file came named as an Excel workbook (.xlsx, .xls): its bytes are then never read as CSV, since a
     * text file named .xlsx is not what the unit meant to send.
     */
    private static boolean namedAsWorkbook(String contentType) {
        return contentType != null && (contentType.contains("spreadsheetml") || contentType.contains("ms-excel"));
    }

    /** The sheets of a parsed file. */
    record Workbook(List<Sheet> sheets) {}

    @Override
    public List<SourceRecord> records(Mapping mapping, Object document) {
        Workbook workbook = (Workbook) document;
        Mapping.Table table = mapping.table() == null ? Mapping.Table.DEFAULT : mapping.table();
        List<String> titles = headerTitles(mapping, table);
        List<SourceRecord> records = new ArrayList<>();
        List<Sheet> chosen = chosenSheets(workbook, table, records);
        boolean anyTable = false;
        for (Sheet sheet : chosen) {
            Optional<TableLayout> layout = TableLayout.find(sheet, titles);
            if (layout.isEmpty()) {
                if (!table.sheets().isEmpty() || workbook.sheets().size() == 1) {
                    records.add(refusedSheet(sheet, noHeader(titles, sheet)));
                }
                continue;
            }
            anyTable = true;
            List<Problem> layoutProblems = new TableChecks(mapping, layout.get()).problems();
            if (!layoutProblems.isEmpty()) {
                records.add(refusedSheet(sheet, layoutProblems));
                continue;
            }
            records.addAll(rows(mapping, table, layout.get()));
        }
        if (!anyTable && records.isEmpty()) {
            records.add(new SourceRecord(Map.of("sheets", workbook.sheets().stream().map(Sheet::name).toList()), null, "workbook",
                    List.of(noHeader(titles, null))));
        }
        return records;
    }

    private static List<SourceRecord> rows(Mapping mapping, Mapping.Table table, TableLayout layout) {
        String valueTitle = mapping.field("value").from();
        int valueColumn = layout.columnsNamed(valueTitle).get(0).index();
        SheetLabels labels = new SheetLabels(layout);
        List<SourceRecord> records = new ArrayList<>();
        layout.bodyRows(table.endBefore(), table.skipRows()).forEach((row, cells) -> {
            if (!cells.containsKey(valueColumn) || layout.isUnderHeading(row, valueColumn)) {
                return; // a heading, a note, or an indicator the unit did not report
            }
            TableRow tableRow = new TableRow(layout, row, cells);
            records.add(new SourceRecord(tableRow, labels, tableRow.locator(), formulaErrors(mapping, tableRow)));
        });
        return records;
    }

    /** A cell whose formula failed is a problem of the field read from it, named with the cell's address. */
    private static List<Problem> formulaErrors(Mapping mapping, TableRow row) {
        List<Problem> problems = new ArrayList<>();
        mapping.fields().forEach((field, spec) -> {
            Sheet.Cell cell = spec.from() == null ? null : row.cell(spec.from());
            if (cell != null && cell.error() != null) {
                problems.add(new Problem(field, cell.error(), "ô " + cell.address() + " có công thức lỗi " + cell.error()
                        + "; sửa công thức hoặc ghi số vào ô", "cell " + cell.address() + " holds a failed formula " + cell.error()));
            }
        });
        return problems;
    }

    private static List<Sheet> chosenSheets(Workbook workbook, Mapping.Table table, List<SourceRecord> records) {
        if (table.sheets().isEmpty()) {
            return workbook.sheets();
        }
        List<Sheet> chosen = new ArrayList<>();
        for (String wanted : table.sheets()) {
            Optional<Sheet> sheet = workbook.sheets().stream().filter(s -> s.name() == null || Titles.key(s.name()).equals(Titles.key(wanted))).findFirst();
            if (sheet.isPresent()) {
                chosen.add(sheet.get());
            } else {
                List<String> names = workbook.sheets().stream().map(Sheet::name).toList();
                records.add(new SourceRecord(Map.of("sheets", names), null, "sheet '" + wanted + "'", List.of(new Problem("table.sheets", wanted,
                        "tệp không có sheet '" + wanted + "'; các sheet: " + names, "the workbook has no sheet '" + wanted + "'; its sheets: " + names))));
            }
        }
        return chosen.stream().distinct().toList();
    }

    /** The titles that find the header row: as declared, or the columns of the indicator and value fields. */
    private static List<String> headerTitles(Mapping mapping, Mapping.Table table) {
        if (!table.headerColumns().isEmpty()) {
            return table.headerColumns();
        }
        List<String> titles = new ArrayList<>();
        for (String field : List.of("indicator", "value")) {
            Mapping.FieldSpec spec = mapping.field(field);
            if (spec != null && spec.from() != null) {
                titles.add(spec.from());
            }
        }
        return titles;
    }

    private static SourceRecord refusedSheet(Sheet sheet, Problem problem) {
        return refusedSheet(sheet, List.of(problem));
    }

    private static SourceRecord refusedSheet(Sheet sheet, List<Problem> problems) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sheet", sheet.name());
        summary.put("rows", sheet.rows().size());
        return new SourceRecord(summary, null, sheet.name() == null ? "table" : "sheet '" + sheet.name() + "'", problems);
    }

    private static Problem noHeader(List<String> titles, Sheet sheet) {
        String where = sheet == null ? "không sheet nào có" : sheet.name() == null ? "tệp không có" : "sheet '" + sheet.name() + "' không có";
        String whereEn = sheet == null ? "no sheet has" : sheet.name() == null ? "the file has no" : "sheet '" + sheet.name() + "' has no";
        return new Problem("table.headerRow", String.join(" | ", titles), where + " dòng tiêu đề chứa đủ các cột " + titles
                + "; kiểm tra tên cột trong mapping hoặc dùng đúng biểu mẫu", whereEn + " header row with all the columns " + titles);
    }

    /** The refusal of a file over the size limit; {@code size} -1 when it was not read to its end. */
    public static UnreadablePayloadException tooLarge(long size, long maxBytes) {
        String sizeVi = size < 0 ? "Tệp" : "Tệp " + megabytes(size);
        String sizeEn = size < 0 ? "the file is" : "the file is " + megabytes(size) + ",";
        return new UnreadablePayloadException(sizeVi + " vượt giới hạn " + megabytes(maxBytes) + " của hub (hub.files.max-file-size) / "
                + sizeEn + " over the hub's limit of " + megabytes(maxBytes), false, null);
    }

    static UnreadablePayloadException tooManyRows(int maxRows) {
        return new UnreadablePayloadException("Bảng tính có hơn " + maxRows + " dòng, vượt giới hạn của hub (hub.files.max-rows) "
                + "/ the spreadsheet has more than " + maxRows + " rows, over the hub's limit", false, null);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String pathProblem(String path) {
        if (path.isBlank()) {
            return "tên cột hoặc nhãn trống / empty column title or label";
        }
        if (path.startsWith("$") || path.startsWith("/") || path.startsWith("@")) {
            return "'" + path + "': format table đọc theo tên cột (from: \"Mã chỉ tiêu\") hoặc nhãn phía trên bảng (fromDocument: \"Kỳ báo cáo\"), "
                    + "không theo JSONPath/XPath / a table mapping names a column title or a label, not a JSONPath or XPath";
        }
        return null;
    }

    @Override
    public FieldReader newReader() {
        return new TableReader();
    }
}
