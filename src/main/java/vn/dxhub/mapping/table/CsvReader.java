package vn.dxhub.mapping.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;
import vn.dxhub.mapping.UnreadablePayloadException;

/**
 * Reads a CSV file with Apache Commons CSV into one {@link Sheet}. The file must be UTF-8 (with or without the byte
 * order mark Excel writes); the delimiter is whichever of comma, semicolon and tab splits the lines most
 * consistently (Excel writes ";" or "," depending on the computer's regional settings). Row numbers are the
 * record numbers, which are the row numbers Excel shows when it opens the file.
 */
final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 30;

    private final int maxRows;

    CsvReader(int maxRows) {
        this.maxRows = maxRows;
    }

    Sheet read(byte[] body) {
        String text = utf8(body);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false).get();
        NavigableMap<Integer, NavigableMap<Integer, Sheet.Cell>> rows = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > maxRows) {
                    throw TableFormat.tooManyRows(maxRows);
                }
                int row = Math.toIntExact(record.getRecordNumber() - 1);
                NavigableMap<Integer, Sheet.Cell> cells = new TreeMap<>();
                for (int column = 0; column < record.size(); column++) {
                    String value = Titles.clean(record.get(column));
                    if (!value.isEmpty()) {
                        cells.put(column, new Sheet.Cell(new CellReference(row, column).formatAsString(), value, null, null));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.put(row, cells);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadablePayloadException("Tệp CSV hỏng (dấu ngoặc kép không đóng?): " + e.getMessage()
                    + " / the CSV file is malformed (an unclosed quote?)", false, e);
        }
        return new Sheet(null, rows, List.of(), true);
    }

    /** The text of a UTF-8 file without its byte order mark; any other encoding is refused with what to do. */
    private static String utf8(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadablePayloadException("Tệp CSV không phải mã UTF-8 (có thể là Windows-1258 hay TCVN3), tiếng Việt sẽ bị lỗi; mở bằng Excel, "
                    + "chọn Save As > \"CSV UTF-8 (Comma delimited)\" rồi gửi lại / the CSV file is not UTF-8; open it in Excel and save it as "
                    + "\"CSV UTF-8 (Comma delimited)\"", false, e);
        }
    }

    /** The delimiter whose count per line (outside quotes) is the same on the most lines; a comma when nothing splits. */
    static char delimiterOf(String text) {
        String[] lines = text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toArray(String[]::new);
        char best = ',';
        long bestScore = 0;
        for (char delimiter : DELIMITERS) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, delimiter);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            long score = linesByCount.entrySet().stream().mapToLong(e -> e.getValue() * 1000L + e.getKey()).max().orElse(0);
            if (score > bestScore) {
                best = delimiter;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
