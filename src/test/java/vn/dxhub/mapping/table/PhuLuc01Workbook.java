package vn.dxhub.mapping.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample Phụ lục 01 of the quick start: the quarterly indicator form as a province fills it in by hand in Excel,
 * for Lào Cai and Quý III/2026. It has what such forms have: the heading block, "label: value" lines above the table
 * (one written in NFD, one with its value in the next cell), a header whose "Kế hoạch" is merged over three year
 * columns, the column-number row, group headings merged across the table, a responsible unit merged down three rows,
 * values written as numbers, as Vietnamese text ("87,5", "98,7%") and as formulas, an indicator left blank, and
 * parts II-IV as free text. Two rows are wrong on purpose: row 20 reports 135,2 for a percent and row 25 writes
 * "chưa có số liệu" as its value.
 *
 * <p>Run {@code main} to write it again to {@code inbox/phu-luc-01/} and {@code mappings/phu-luc-01/examples/}
 * (for example with {@code ./mvnw -q test-compile exec:java} or from an IDE); the tests read the committed files.
 */
public final class PhuLuc01Workbook {

    public static final Path SAMPLE = Path.of("inbox/phu-luc-01/phu-luc-01-lao-cai-quy-3-2026.xlsx");
    public static final Path EXAMPLE = Path.of("mappings/phu-luc-01/examples/lao-cai-quy-3-2026.xlsx");

    private static final int WIDTH = 10;

    private PhuLuc01Workbook() {}

    public static void main(String[] args) throws IOException {
        byte[] workbook = sample();
        for (Path target : new Path[] {SAMPLE, EXAMPLE}) {
            Files.createDirectories(target.getParent());
            Files.write(target, workbook);
        }
    }

    public static byte[] sample() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_791_072_000_000L)));
            wb.getProperties().getCoreProperties().setCreator("Sở Khoa học và Công nghệ tỉnh Lào Cai");
            Styles styles = new Styles(wb);
            form(wb.createSheet("Phụ lục 01"), styles);
            guide(wb.createSheet("Hướng dẫn"));
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb); // Excel saves each formula with its result
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void form(Sheet s, Styles st) {
        text(s, 0, 0, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", st.bold);
        merge(s, 0, 0, 0, 3);
        text(s, 0, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.bold);
        merge(s, 0, 0, 5, 9);
        text(s, 1, 5, "Độc lập - Tự do - Hạnh phúc", st.bold);
        merge(s, 1, 1, 5, 9);
        text(s, 3, 0, "Phụ lục 01", st.title);
        merge(s, 3, 3, 0, WIDTH - 1);
        text(s, 4, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ", st.title);
        merge(s, 4, 4, 0, WIDTH - 1);
        text(s, 5, 0, "(Kèm theo Báo cáo số 245/BC-UBND ngày 03/10/2026 của Ủy ban nhân dân tỉnh Lào Cai)", st.plain);
        merge(s, 5, 5, 0, WIDTH - 1);
        // typed on a Mac: the unit's name arrives decomposed (NFD)
        text(s, 6, 0, Normalizer.normalize("Đơn vị báo cáo: UBND tỉnh Lào Cai", Normalizer.Form.NFD), st.plain);
        text(s, 7, 0, "Kỳ báo cáo:", st.plain);
        text(s, 7, 2, "Quý III/2026", st.bold);
        text(s, 8, 0, "Đơn vị tính: %", st.plain);
        text(s, 9, 0, "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", st.bold);

        String[] titles = {"STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị chủ trì", "Kế hoạch", null, null, "Giá trị thực hiện",
                "Trạng thái số liệu", "Ghi chú"};
        for (int c = 0; c < WIDTH; c++) {
            text(s, 10, c, titles[c], st.header);
            text(s, 11, c, null, st.header);
            if (c < 4 || c > 6) {
                merge(s, 10, 11, c, c);
            }
        }
        merge(s, 10, 10, 4, 6);
        text(s, 11, 4, "Năm 2023", st.header);
        text(s, 11, 5, "Năm 2024", st.header);
        text(s, 11, 6, "Năm 2025", st.header);
        for (int c = 0; c < WIDTH; c++) {
            text(s, 12, c, "(" + (c + 1) + ")", st.header);
        }

        heading(s, st, 13, "1. Cung cấp dịch vụ chất lượng phục vụ xã hội");
        indicator(s, st, 14, 1, "1.1", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
                "Sở Khoa học và Công nghệ", 1.0, null, 1.0);
        number(s, 14, 7, 100, st.plain);
        text(s, 14, 8, "Chính thức", st.plain);
        indicator(s, st, 15, 2, "1.4", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", null, 0.3, 0.6, 0.8);
        text(s, 15, 7, "87,5", st.plain);
        text(s, 15, 8, "Tạm ước tính", st.plain);
        indicator(s, st, 16, 3, "1.5", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", null, null, null, 0.5);
        formula(s, 16, 7, "ROUND(312/356*100,1)", st.plain);
        text(s, 16, 8, "Chính thức", st.plain);
        text(s, 16, 9, "312/356 dịch vụ có hồ sơ", st.plain);
        merge(s, 14, 16, 3, 3);
        indicator(s, st, 17, 4, "1.6", "Tỷ lệ người dân trưởng thành có điện thoại di động thông minh", "Sở Khoa học và Công nghệ", 0.8, 0.85, 0.9);
        number(s, 17, 7, 0.823, st.percent);
        text(s, 17, 8, "Chính thức", st.plain);
        indicator(s, st, 18, 5, "1.8", "Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử", "Ngân hàng Nhà nước khu vực 5", 0.7, 0.75, 0.8);
        text(s, 18, 9, "Chưa đến kỳ tổng hợp", st.plain);
        indicator(s, st, 19, 6, "1.9", "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", "Sở Nội vụ", 0.9, 0.9, 0.95);
        text(s, 19, 7, "135,2", st.plain); // wrong on purpose: a percent above 100
        text(s, 19, 8, "Chính thức", st.plain);

        heading(s, st, 20, "2. Huy động rộng rãi sự tham gia của xã hội");
        indicator(s, st, 21, 7, "2.1", "Tỷ lệ cơ quan nhà nước cấp bộ, tỉnh tham gia mở dữ liệu và cung cấp dữ liệu mở", "Sở Khoa học và Công nghệ",
                1.0, 1.0, 1.0);
        text(s, 21, 7, "100%", st.plain);
        text(s, 21, 8, "Chính thức", st.plain);

        heading(s, st, 22, "3. Vận hành tối ưu các hoạt động của cơ quan nhà nước");
        indicator(s, st, 23, 8, "3.4", "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, ký số chuyên dùng", "Văn phòng UBND tỉnh",
                0.9, 0.95, 1.0);
        text(s, 23, 7, "98,7%", st.plain);
        text(s, 23, 8, "Chính thức", st.plain);
        indicator(s, st, 24, 9, "3.5.1", "Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "Sở Nội vụ", 0.9, 0.9, 1.0);
        text(s, 24, 7, "chưa có số liệu", st.plain); // wrong on purpose: not a number
        text(s, 24, 8, "Tạm ước tính", st.plain);
        indicator(s, st, 25, 10, "3.10", "Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản", "Sở Nội vụ",
                0.5, 0.7, 0.8);
        formula(s, 25, 7, "ROUND(1234/1500*100,2)", st.plain);
        text(s, 25, 8, "Tạm ước tính", st.plain);
        text(s, 25, 9, "1.234/1.500 người", st.plain);

        heading(s, st, 26, "4. Giải quyết hiệu quả các vấn đề lớn trong phát triển kinh tế - xã hội");
        indicator(s, st, 27, 11, "4.4", Normalizer.normalize("Tỷ lệ người dân có hồ sơ số về sức khỏe cá nhân", Normalizer.Form.NFD), "Sở Y tế",
                0.5, 0.7, 0.9);
        text(s, 27, 7, "76,45", st.plain);
        text(s, 27, 8, Normalizer.normalize("Tạm ước tính", Normalizer.Form.NFD), st.plain);

        text(s, 29, 0, "II. ĐÁNH GIÁ XU HƯỚNG", st.bold);
        text(s, 30, 0, "Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến tăng 12,5 điểm phần trăm so với quý II/2026; tỷ lệ văn bản điện tử ký số duy trì trên 98%.",
                st.wrap);
        merge(s, 30, 30, 0, WIDTH - 1);
        text(s, 31, 0, "III. KHÓ KHĂN, VƯỚNG MẮC", st.bold);
        text(s, 32, 0, "Hạ tầng mạng tại một số xã vùng cao chưa ổn định; số liệu chỉ tiêu 3.5.1 chưa được tổng hợp từ các sở, ngành.", st.wrap);
        merge(s, 32, 32, 0, WIDTH - 1);
        text(s, 33, 0, "IV. ĐỀ XUẤT, KIẾN NGHỊ", st.bold);
        text(s, 34, 0, "Đề nghị Bộ Khoa học và Công nghệ hướng dẫn cách tính chỉ tiêu 1.9 thống nhất giữa các địa phương.", st.wrap);
        merge(s, 34, 34, 0, WIDTH - 1);
        text(s, 36, 1, "Người lập biểu", st.bold);
        text(s, 36, 7, "KT. CHỦ TỊCH", st.bold);
        text(s, 37, 7, "PHÓ CHỦ TỊCH", st.bold);

        int[] widths = {6, 12, 60, 26, 11, 11, 11, 14, 16, 28};
        for (int c = 0; c < WIDTH; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void guide(Sheet s) {
        text(s, 0, 0, "Hướng dẫn điền biểu", null);
        text(s, 1, 0, "Cột (8) ghi giá trị thực hiện của kỳ báo cáo; chỉ tiêu chưa có số liệu để trống.", null);
        text(s, 2, 0, "Cột (9) ghi Chính thức hoặc Tạm ước tính.", null);
    }

    private static void heading(Sheet s, Styles st, int row, String title) {
        text(s, row, 0, title, st.bold);
        merge(s, row, row, 0, WIDTH - 1);
    }

    private static void indicator(Sheet s, Styles st, int row, int number, String code, String name, String unit, Double plan2023,
                                  Double plan2024, Double plan2025) {
        number(s, row, 0, number, st.plain);
        text(s, row, 1, code, st.plain);
        text(s, row, 2, name, st.wrap);
        if (unit != null) {
            text(s, row, 3, unit, st.wrap);
        }
        Double[] plans = {plan2023, plan2024, plan2025};
        for (int i = 0; i < plans.length; i++) {
            if (plans[i] == null) {
                text(s, row, 4 + i, "–", st.plain);
            } else {
                number(s, row, 4 + i, plans[i], st.percent);
            }
        }
    }

    private static Row row(Sheet s, int row) {
        Row r = s.getRow(row);
        return r == null ? s.createRow(row) : r;
    }

    private static void text(Sheet s, int row, int column, String text, CellStyle style) {
        var cell = row(s, row).createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Sheet s, int row, int column, double value, CellStyle style) {
        var cell = row(s, row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Sheet s, int row, int column, String formula, CellStyle style) {
        var cell = row(s, row).createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    private static void merge(Sheet s, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        s.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** The few cell styles of the form. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle header;
        final CellStyle percent;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.CENTER);
            wrap = wb.createCellStyle();
            wrap.cloneStyleFrom(plain);
            wrap.setWrapText(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            percent = wb.createCellStyle();
            percent.cloneStyleFrom(plain);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        }
    }
}
