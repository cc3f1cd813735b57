package vn.dxhub.mapping.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dxhub.mapping.Mapping;

/** Small workbooks and mappings for the table format's tests, written cell by cell like a unit would. */
final class Sheets {

    private Sheets() {}

    /** The mapping the tests read with: indicator and value columns, unit and period from labels, optional status. */
    static Mapping mapping(Mapping.Table table) {
        return new Mapping("test", "test/test.yaml", Mapping.Type.RECORDS, Mapping.Format.TABLE, null, null, Map.of(
                "indicator", field("Mã chỉ tiêu", null),
                "reportingUnit", field(null, "Đơn vị báo cáo"),
                "period", field(null, "Kỳ báo cáo"),
                "value", field("Giá trị", null),
                "status", new Mapping.FieldSpec("Trạng thái", null, null, "status", null, true, null)),
                Map.of(), Map.of(), Map.of(), List.of(), table);
    }

    static Mapping mapping() {
        return mapping(Mapping.Table.DEFAULT);
    }

    private static Mapping.FieldSpec field(String from, String fromDocument) {
        return new Mapping.FieldSpec(from, fromDocument, null, null, null, false, null);
    }

    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            }
        }
        return row;
    }

    static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** A sheet with the two labels and a one-row header "STT | Mã chỉ tiêu | Tên chỉ tiêu | Giá trị | Trạng thái" on row 4. */
    static Sheet form(Workbook wb, String name) {
        Sheet s = wb.createSheet(name);
        row(s, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        row(s, 1, "Đơn vị báo cáo: Tỉnh Lào Cai");
        row(s, 2, "Kỳ báo cáo: Quý III/2026");
        row(s, 3, "STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị", "Trạng thái");
        return s;
    }

    static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook xlsx() {
        return new XSSFWorkbook();
    }
}
