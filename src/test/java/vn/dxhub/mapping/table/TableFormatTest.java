package vn.dxhub.mapping.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxhub.mapping.table.Sheets.form;
import static vn.dxhub.mapping.table.Sheets.merge;
import static vn.dxhub.mapping.table.Sheets.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dxhub.mapping.FieldReader;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.mapping.SourceRecord;
import vn.dxhub.mapping.UnreadablePayloadException;
import vn.dxhub.validation.Problem;

/** The table format on spreadsheets as units make them, and on files that are not spreadsheets or are hostile. */
class TableFormatTest {

    private final TableFormat format = new TableFormat(TableFormat.Limits.DEFAULTS);
    private final FieldReader reader = format.newReader();

    private List<SourceRecord> records(byte[] body, Mapping mapping) {
        ParsedPayload parsed = format.parse(body, "application/octet-stream");
        return format.records(mapping, ((ParsedPayload.Readable) parsed).document());
    }

    private List<SourceRecord> records(byte[] body) {
        return records(body, Sheets.mapping());
    }

    private String text(SourceRecord record, String column) {
        return reader.read(record.data(), column);
    }

    private BigDecimal number(SourceRecord record, String column) {
        return reader.readNumber(record.data(), column);
    }

    private String label(SourceRecord record, String label) {
        return reader.read(record.document(), label);
    }

    @Test
    void readsRowsUnderTheHeaderWithTheLabelsAboveAndTheirSheetAndRowNumbers() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "Phụ lục 01");
        row(s, 4, "(1)", "(2)", "(3)", "(4)", "(5)");
        row(s, 5, "1. Chính quyền số");
        merge(s, 5, 5, 0, 4);
        row(s, 6, 1, "1.4", "Tỷ lệ hồ sơ trực tuyến", 87.5, "Chính thức");
        row(s, 7, 2, "1.8", "Chưa có số liệu thì để trống");
        row(s, 8);
        row(s, 9, 3, "1.5", "Tỷ lệ DVCTT có hồ sơ", "87,5%");
        row(s, 10, "II. Đánh giá xu hướng");
        row(s, 11, "Tăng", "", "", "12,5");

        List<SourceRecord> records = records(Sheets.bytes(wb), Sheets.mapping(new Mapping.Table(List.of(), List.of(), List.of("II."), List.of())));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("sheet 'Phụ lục 01' row 7", "sheet 'Phụ lục 01' row 10");
        assertThat(number(records.get(0), "Giá trị")).isEqualByComparingTo("87.5");
        assertThat(text(records.get(0), "mã   CHỈ tiêu")).as("titles compare case-insensitive, spaces collapsed").isEqualTo("1.4");
        assertThat(text(records.get(1), "Giá trị")).isEqualTo("87,5%");
        assertThat(number(records.get(1), "Giá trị")).as("text is left to the number converter").isNull();
        assertThat(label(records.get(0), "Kỳ báo cáo")).isEqualTo("Quý III/2026");
        assertThat(label(records.get(0), "đơn vị báo cáo")).isEqualTo("Tỉnh Lào Cai");
        assertThat(reader.fragment(records.get(0).data())).contains("\"sheet\":\"Phụ lục 01\"", "\"row\":7", "\"Mã chỉ tiêu\":\"1.4\"");
    }

    @Test
    void aFormulaIsReadByTheResultExcelSavedWithIt() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "PL");
        row(s, 4, 1, "1.4", "Tỷ lệ");
        XSSFCell cell = (XSSFCell) s.getRow(4).createCell(3);
        cell.setCellFormula("2+2");
        cell.setCellValue(42); // the result saved in the file, whatever the formula would give now

        assertThat(number(records(Sheets.bytes(wb)).get(0), "Giá trị")).isEqualByComparingTo("42");
    }

    @Test
    void aFormulaWithoutASavedResultIsComputed() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "PL");
        row(s, 4, 1, "1.5", "Tỷ lệ");
        s.getRow(4).createCell(3).setCellFormula("ROUND(312/356*100,1)");
        assertThat(((XSSFCell) s.getRow(4).getCell(3)).getCTCell().isSetV()).as("no saved result").isFalse();

        assertThat(number(records(Sheets.bytes(wb)).get(0), "Giá trị")).isEqualByComparingTo("87.6");
    }

    @Test
    void aFailedFormulaIsAProblemOnItsCellAndTheOtherRowsGoOn() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "PL");
        row(s, 4, 1, "1.4", "Tỷ lệ");
        s.getRow(4).createCell(3).setCellFormula("100/0");
        row(s, 5, 2, "1.5", "Tỷ lệ", 50);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

        List<SourceRecord> records = records(Sheets.bytes(wb));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).refusal()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("value");
            assertThat(p.value()).isEqualTo("#DIV/0!");
            assertThat(p.messageVi()).contains("ô D5").contains("công thức lỗi");
        });
        assertThat(records.get(1).isRefused()).isFalse();
    }

    @Test
    void mergedTitlesAndCellsReadAsTheUnitSeesThem() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = wb.createSheet("PL");
        row(s, 0, "Đơn vị báo cáo:", "", "UBND tỉnh Lào Cai");
        row(s, 1, "(Kỳ báo cáo: Quý III/2026)");
        merge(s, 1, 1, 0, 4); // a line merged across, right above the header: not a parent title
        row(s, 2, "Mã chỉ tiêu", "Đơn vị chủ trì", "Kế hoạch", "", "Giá trị");
        row(s, 3, "", "", "Năm 2024", "Năm 2025");
        merge(s, 2, 3, 0, 0);
        merge(s, 2, 3, 1, 1);
        merge(s, 2, 2, 2, 3);
        merge(s, 2, 3, 4, 4);
        row(s, 4, "Nhóm 1: chính quyền số", "", "", "", "");
        merge(s, 4, 4, 0, 4);
        row(s, 5, "1.4", "Sở KH&CN", 0.6, 0.8, 87.5);
        row(s, 6, "1.5", "", 0.5, 0.7, 90);
        merge(s, 5, 6, 1, 1);

        List<SourceRecord> records = records(Sheets.bytes(wb));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("sheet 'PL' row 6", "sheet 'PL' row 7");
        assertThat(number(records.get(0), "Kế hoạch Năm 2025")).isEqualByComparingTo("0.8");
        assertThat(number(records.get(0), "năm 2025")).as("by its own title").isEqualByComparingTo("0.8");
        assertThat(text(records.get(1), "Đơn vị chủ trì")).as("merged down").isEqualTo("Sở KH&CN");
        assertThat(label(records.get(0), "Đơn vị báo cáo")).isEqualTo("UBND tỉnh Lào Cai");
        assertThat(label(records.get(0), "Kỳ báo cáo")).isEqualTo("Quý III/2026");
    }

    @Test
    void nfdTitlesLabelsAndTextMatchAndComeOutInNfc() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = wb.createSheet(nfd("Phụ lục 01"));
        row(s, 0, nfd("Đơn vị báo cáo: Tỉnh Lào Cai"));
        row(s, 1, nfd("Kỳ báo cáo: Quý III/2026"));
        row(s, 2, nfd("Mã chỉ tiêu"), nfd("Giá trị"), nfd("Trạng thái"));
        row(s, 3, "1.4", "87,5", nfd("Tạm ước tính"));

        SourceRecord record = records(Sheets.bytes(wb)).get(0);

        assertThat(record.locator()).isEqualTo("sheet 'Phụ lục 01' row 4");
        assertThat(text(record, "Trạng thái")).as("NFC").isEqualTo("Tạm ước tính");
        assertThat(label(record, "Đơn vị báo cáo")).isEqualTo("Tỉnh Lào Cai");
    }

    @Test
    void aPercentFormattedCellIsThePercentItShowsAndADateIsDayMonthYear() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "PL");
        row(s, 4, 1, "1.6", "Tỷ lệ", 0.823);
        var percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        s.getRow(4).getCell(3).setCellStyle(percent);
        row(s, 5, 2, "1.4", "Tỷ lệ", 87.5);
        var date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        s.getRow(5).createCell(4).setCellValue(java.time.LocalDate.of(2026, 10, 3));
        s.getRow(5).getCell(4).setCellStyle(date);

        List<SourceRecord> records = records(Sheets.bytes(wb));

        assertThat(number(records.get(0), "Giá trị")).isEqualByComparingTo("82.3");
        assertThat(text(records.get(1), "Trạng thái")).isEqualTo("03/10/2026");
        assertThat(number(records.get(1), "Trạng thái")).isNull();
    }

    @Test
    void readsTheOlderExcelFormat() {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet s = form(wb, "PL");
        row(s, 4, 1, "1.4", "Tỷ lệ", 91.25);

        SourceRecord record = records(Sheets.bytes(wb)).get(0);

        assertThat(number(record, "Giá trị")).isEqualByComparingTo("91.25");
    }

    @Test
    void aHiddenSheetAndASheetWithoutTheTableAreNotRead() {
        XSSFWorkbook wb = Sheets.xlsx();
        wb.createSheet("Hướng dẫn");
        row(form(wb, "Quý II (cũ)"), 4, 1, "1.4", "cũ", 50);
        row(form(wb, "Quý III"), 4, 1, "1.4", "mới", 60);
        wb.setSheetHidden(1, true);

        assertThat(records(Sheets.bytes(wb))).extracting(SourceRecord::locator).containsExactly("sheet 'Quý III' row 5");
    }

    @Test
    void aSheetWithoutTheHeaderRowOrALabelIsRefusedOnceWithTheReason() {
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = wb.createSheet("PL");
        row(s, 0, "Kỳ báo cáo: Quý III/2026");
        row(s, 1, "Mã chỉ tiêu", "Giá trị");
        row(s, 2, "1.4", 87.5);

        List<SourceRecord> records = records(Sheets.bytes(wb));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("sheet 'PL'");
            assertThat(r.refusal()).extracting(Problem::field).containsExactly("reportingUnit");
            assertThat(r.refusal().get(0).messageVi()).contains("Đơn vị báo cáo").contains("phía trên bảng");
        });

        XSSFWorkbook other = Sheets.xlsx();
        row(other.createSheet("PL"), 0, "STT", "Mã", "Số liệu");
        assertThat(records(Sheets.bytes(other))).singleElement().satisfies(r -> {
            assertThat(r.refusal().get(0).messageVi()).contains("dòng tiêu đề").contains("Mã chỉ tiêu").contains("Giá trị");
        });
    }

    @Test
    void theHeaderRowIsLookedForOnlyNearTheTopOfALongSheet() {
        StringBuilder csv = new StringBuilder("Đơn vị báo cáo: Tỉnh Lào Cai\r\nKỳ báo cáo: Quý III/2026\r\n");
        for (int i = 0; i < 19_000; i++) {
            csv.append(i).append(";x;y\r\n");
        }
        csv.append("Mã chỉ tiêu;Giá trị\r\n1.4;87,5\r\n");

        assertThat(records(csv.toString().getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(r -> assertThat(r.refusal().get(0).messageVi()).contains("dòng tiêu đề"));
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void readsCsvWithAnyOfTheUsualDelimitersWithOrWithoutAByteOrderMark(String delimiter) {
        String csv = String.join("\r\n",
                "Đơn vị báo cáo: Tỉnh Lào Cai",
                "Kỳ báo cáo: Quý III/2026",
                String.join(delimiter, "STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị"),
                String.join(delimiter, "(1)", "(2)", "(3)", "(4)"),
                String.join(delimiter, "1", "1.4", "\"Tỷ lệ" + delimiter + " trực tuyến\"", "\"87,5\""),
                String.join(delimiter, "2", "1.5", "Tỷ lệ", ""),
                String.join(delimiter, "3", "1.6", "Tỷ lệ", "82,3%"));
        for (byte[] body : List.of(csv.getBytes(StandardCharsets.UTF_8), withBom(csv))) {
            List<SourceRecord> records = records(body);
            assertThat(records).extracting(SourceRecord::locator).containsExactly("row 5", "row 7");
            assertThat(text(records.get(0), "Giá trị")).isEqualTo("87,5");
            assertThat(text(records.get(0), "Tên chỉ tiêu")).isEqualTo("Tỷ lệ" + (delimiter.equals("\t") ? " " : delimiter + " ") + "trực tuyến");
            assertThat(label(records.get(0), "Đơn vị báo cáo")).isEqualTo("Tỉnh Lào Cai");
        }
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedWithWhatToDo() {
        String csv = "Mã chỉ tiêu;Giá trị\n1.4;87,5\n";
        byte[] windows1258 = csv.getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> format.parse(windows1258, "text/csv")).isInstanceOf(UnreadablePayloadException.class)
                .hasMessageContaining("không phải mã UTF-8").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWithOneClearMessageNamingWhatIsExpected() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] html = "<html><body><table><tr><td>Mã chỉ tiêu</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("Báo cáo");
            word.write(docx);
        }

        assertRefused(pdf, "PDF");
        assertRefused(random, "nhị phân");
        assertRefused(html, "HTML");
        assertRefused(docx.toByteArray(), "Word (.docx)");
        assertRefused(new byte[0], "rỗng");
        assertRefused("Mã chỉ tiêu;Giá trị\n1.4;87,5\n".getBytes(StandardCharsets.UTF_8), "văn bản thuần");
    }

    private void assertRefused(byte[] body, String what) {
        assertThatThrownBy(() -> format.parse(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isInstanceOfSatisfying(UnreadablePayloadException.class, e -> {
                    assertThat(e.getMessage()).contains(what);
                    assertThat(e.isTruncated()).isFalse();
                    if (body.length > 0) {
                        assertThat(e.getMessage()).contains(FileTypes.EXPECTED_VI).contains(FileTypes.EXPECTED_EN);
                    }
                });
    }

    @Test
    void aFileOverTheSizeLimitOrWithTooManyRowsIsRefused() {
        byte[] csv = ("Mã chỉ tiêu,Giá trị\n" + "1.4,87\n".repeat(60)).getBytes(StandardCharsets.UTF_8);
        XSSFWorkbook wb = Sheets.xlsx();
        Sheet s = form(wb, "PL");
        for (int r = 4; r < 70; r++) {
            row(s, r, r, "1.4", "Tỷ lệ", 50);
        }
        byte[] xlsx = Sheets.bytes(wb);

        TableFormat small = new TableFormat(new TableFormat.Limits(100, 1000));
        assertThatThrownBy(() -> small.parse(csv, "text/csv")).hasMessageContaining("vượt giới hạn").hasMessageContaining("hub.files.max-file-size");
        TableFormat fewRows = new TableFormat(new TableFormat.Limits(1_000_000, 50));
        assertThatThrownBy(() -> fewRows.parse(csv, "text/csv")).hasMessageContaining("hơn 50 dòng").hasMessageContaining("hub.files.max-rows");
        assertThatThrownBy(() -> fewRows.parse(xlsx, "")).hasMessageContaining("hơn 50 dòng");
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsNotOpened() throws IOException {
        XSSFWorkbook wb = Sheets.xlsx();
        row(form(wb, "PL"), 4, 1, "1.4", "Tỷ lệ", 50);
        byte[] bomb = withEntry(Sheets.bytes(wb), "xl/media/image1.bin", new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(200_000);

        assertThatThrownBy(() -> format.parse(bomb, "")).isInstanceOf(UnreadablePayloadException.class).hasMessageContaining("bom nén")
                .hasMessageContaining("zip-bomb");
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        return bom;
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
