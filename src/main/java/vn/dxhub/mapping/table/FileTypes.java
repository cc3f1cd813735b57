package vn.dxhub.mapping.table;

import java.nio.charset.StandardCharsets;
import vn.dxhub.mapping.UnreadablePayloadException;

/**
 * What kind of file a payload is, from its first bytes and never from its name (a PDF renamed .xlsx is a PDF), and
 * the one clear refusal for each kind of file the hub cannot read as a spreadsheet.
 */
final class FileTypes {

    static final String EXPECTED_VI = "cần bảng tính Excel (.xlsx, .xls) hoặc tệp CSV mã UTF-8";
    static final String EXPECTED_EN = "expected an Excel workbook (.xlsx, .xls) or a UTF-8 CSV file";

    private static final int SAMPLE = 8 * 1024;

    /** How a payload is read. */
    enum Kind { ZIP, OLE2, TEXT, OTHER }

    private FileTypes() {}

    static Kind kindOf(byte[] body) {
        if (startsWith(body, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(body, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        return knownBinary(body) == null && looksLikeText(body) && !looksLikeMarkup(body) ? Kind.TEXT : Kind.OTHER;
    }

    /** The refusal of a file that is no spreadsheet at all, naming what it seems to be. */
    static UnreadablePayloadException notASpreadsheet(byte[] body) {
        String[] what = describe(body);
        return notASpreadsheet(what[0], what[1], null);
    }

    static UnreadablePayloadException notASpreadsheet(String whatVi, String whatEn, Throwable cause) {
        return new UnreadablePayloadException("Tệp không phải bảng tính (" + EXPECTED_VI + "); tệp này là " + whatVi
                + " / not a spreadsheet (" + EXPECTED_EN + "); this file is " + whatEn, false, cause);
    }

    /** A zip archive POI could not open as a workbook: a Word or PowerPoint file, or some other archive. */
    static UnreadablePayloadException zipNotAWorkbook(byte[] body, Throwable cause) {
        if (contains(body, "word/document")) {
            return notASpreadsheet("tài liệu Word (.docx)", "a Word document (.docx)", cause);
        }
        if (contains(body, "ppt/presentation")) {
            return notASpreadsheet("bản trình chiếu PowerPoint (.pptx)", "a PowerPoint presentation (.pptx)", cause);
        }
        return notASpreadsheet("tệp nén zip không chứa bảng tính Excel", "a zip archive without an Excel workbook", cause);
    }

    static UnreadablePayloadException ole2NotAWorkbook(Throwable cause) {
        return notASpreadsheet("tệp Office cũ không phải Excel (ví dụ Word .doc)", "an older Office file that is not Excel (a Word .doc, say)", cause);
    }

    private static String[] describe(byte[] body) {
        String[] binary = knownBinary(body);
        if (binary != null) {
            return binary;
        }
        if (looksLikeMarkup(body)) {
            return new String[] {"trang HTML hoặc tài liệu XML (có hệ thống xuất \"Excel\" dạng này; mở bằng Excel rồi lưu lại dạng .xlsx)",
                    "an HTML page or XML document (some systems export \"Excel\" this way; open it in Excel and save it as .xlsx)"};
        }
        return new String[] {"dữ liệu nhị phân không rõ loại", "binary data of no known kind"};
    }

    /** Vietnamese and English names of a binary file recognised by its signature; null when none matches. */
    private static String[] knownBinary(byte[] body) {
        if (startsWith(body, '%', 'P', 'D', 'F')) {
            return new String[] {"tài liệu PDF", "a PDF document"};
        }
        if (startsWith(body, 0x89, 'P', 'N', 'G') || startsWith(body, 0xFF, 0xD8, 0xFF) || startsWith(body, 'G', 'I', 'F', '8')) {
            return new String[] {"ảnh (PNG, JPEG, GIF)", "an image (PNG, JPEG, GIF)"};
        }
        if (startsWith(body, 'R', 'a', 'r', '!') || startsWith(body, '7', 'z', 0xBC, 0xAF) || startsWith(body, 0x1F, 0x8B)) {
            return new String[] {"tệp nén (RAR, 7z, gzip)", "an archive (RAR, 7z, gzip)"};
        }
        if (startsWith(body, '{', '\\', 'r', 't', 'f')) {
            return new String[] {"văn bản RTF", "an RTF document"};
        }
        return null;
    }

    /** Text has almost no control characters besides tab, line feed and carriage return. */
    private static boolean looksLikeText(byte[] body) {
        int n = Math.min(body.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    private static boolean looksLikeMarkup(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("<");
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Zip entry names are stored as plain text in the archive's headers. */
    private static boolean contains(byte[] body, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
