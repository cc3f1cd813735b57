package vn.dxhub.mapping.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.dxhub.mapping.UnreadablePayloadException;

/**
 * Reads an Excel workbook (.xlsx, or the older .xls) with Apache POI into plain {@link Sheet}s. Numbers are kept
 * exact as Excel shows them (15 significant digits), a percent-formatted cell as the percent it displays, a
 * formula by its cached result, or computed when the file has none (a workbook written by a program rather than
 * Excel); a formula that fails is an error on its cell, never a failure of the file. Hidden sheets are not read:
 * the unit does not see them either. POI's zip-bomb guards (set from hub.files.*) apply while the file is opened.
 */
final class WorkbookReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final int maxRows;

    WorkbookReader(int maxRows) {
        this.maxRows = maxRows;
    }

    List<Sheet> read(byte[] body, FileTypes.Kind kind) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            return sheets(workbook);
        } catch (EncryptedDocumentException e) {
            throw new UnreadablePayloadException("Bảng tính có mật khẩu nên hub không mở được; lưu lại bản không đặt mật khẩu rồi gửi lại "
                    + "/ the workbook is password-protected; save a copy without a password and send that", false, e);
        } catch (UnreadablePayloadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new UnreadablePayloadException("Tệp nén bất thường (giải nén ra quá lớn so với tệp), nghi là bom nén nên hub không mở; "
                        + "giới hạn: hub.files.min-inflate-ratio, hub.files.max-entry-size / the workbook inflates abnormally (zip-bomb guard), "
                        + "so the hub does not open it", false, e);
            }
            throw kind == FileTypes.Kind.ZIP ? FileTypes.zipNotAWorkbook(body, e) : FileTypes.ole2NotAWorkbook(e);
        }
    }

    private List<Sheet> sheets(Workbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<Sheet> sheets = new ArrayList<>();
        int rowsSoFar = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(i);
            rowsSoFar += sheet.getPhysicalNumberOfRows();
            if (rowsSoFar > maxRows) {
                throw TableFormat.tooManyRows(maxRows);
            }
            NavigableMap<Integer, NavigableMap<Integer, Sheet.Cell>> rows = new TreeMap<>();
            for (Row row : sheet) {
                NavigableMap<Integer, Sheet.Cell> cells = new TreeMap<>();
                for (Cell cell : row) {
                    Sheet.Cell read = cell(cell, evaluator);
                    if (read != null && !read.isBlank()) {
                        cells.put(cell.getColumnIndex(), read);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.put(row.getRowNum(), cells);
                }
            }
            List<Sheet.Region> merged = new ArrayList<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                merged.add(new Sheet.Region(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn()));
            }
            sheets.add(new Sheet(Titles.clean(sheet.getSheetName()), rows, List.copyOf(merged), false));
        }
        return sheets;
    }

    private static Sheet.Cell cell(Cell cell, FormulaEvaluator evaluator) {
        String address = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
        return switch (cell.getCellType()) {
            case STRING -> text(address, cell.getStringCellValue());
            case NUMERIC -> number(address, cell, cell.getNumericCellValue());
            case BOOLEAN -> text(address, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> error(address, errorText(cell.getErrorCellValue()));
            case FORMULA -> formula(address, cell, evaluator);
            default -> null;
        };
    }

    private static Sheet.Cell formula(String address, Cell cell, FormulaEvaluator evaluator) {
        if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            return computed(address, cell, evaluator);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> number(address, cell, cell.getNumericCellValue());
            case STRING -> text(address, cell.getStringCellValue());
            case BOOLEAN -> text(address, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> error(address, errorText(cell.getErrorCellValue()));
            default -> null;
        };
    }

    /** A formula the file holds no result for (written by a program, not saved by Excel): computed now. */
    private static Sheet.Cell computed(String address, Cell cell, FormulaEvaluator evaluator) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return error(address, "=" + cell.getCellFormula() + " (không tính được / cannot be computed)");
        }
        if (value == null) {
            return null;
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(address, cell, value.getNumberValue());
            case STRING -> text(address, value.getStringValue());
            case BOOLEAN -> text(address, value.getBooleanValue() ? "TRUE" : "FALSE");
            case ERROR -> error(address, errorText(value.getErrorValue()));
            default -> null;
        };
    }

    private static Sheet.Cell number(String address, Cell cell, double value) {
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value);
            return text(address, at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.format(DATE) : at.format(DATE_TIME));
        }
        BigDecimal exact = new BigDecimal(NumberToTextConverter.toText(value));
        if (isPercentFormat(cell.getCellStyle().getDataFormatString())) {
            exact = exact.movePointRight(2);
        }
        String plain = exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
        return new Sheet.Cell(address, plain, new BigDecimal(plain), null);
    }

    /** A % outside quoted literal text of the number format: the cell shows its value times 100. */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static Sheet.Cell text(String address, String text) {
        String clean = Titles.clean(text);
        return clean.isEmpty() ? null : new Sheet.Cell(address, clean, null, null);
    }

    private static Sheet.Cell error(String address, String error) {
        return new Sheet.Cell(address, error, null, error);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max file count") || message.contains("too many entries"))) {
                return true;
            }
        }
        return false;
    }
}
