package vn.dxhub.connector.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SpreadsheetLimits;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.mapping.table.TableFormat;
import vn.dxhub.store.PayloadArchive;

/**
 * Imports one file as one run of a file-drop connector, whether it was dropped in the folder or uploaded: the file
 * is archived once (its name is the request reference), then every row is stored or quarantined. A file too large or
 * not a spreadsheet fails the run at once with a message saying what is expected.
 */
@Component
public class FileImports {

    /** Where the bytes of a file come from; read only once the file is known to be within the size limit. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private final ConnectorRunner runner;
    private final SpreadsheetLimits limits;

    FileImports(ConnectorRunner runner, SpreadsheetLimits limits) {
        this.runner = runner;
        this.limits = limits;
    }

    /** The run of one file, and the SHA-256 of the file when it was read (null when refused unread). */
    public record Imported(ConnectorRunner.Result result, String sha256) {}

    /** Imports a file of {@code size} bytes (-1 when unknown); refused without being read when larger than the limit. */
    public Imported importFile(String connectorId, ConnectorRunner.Trigger trigger, String fileName, long size, Content content) {
        String[] sha256 = new String[1];
        ConnectorRunner.Result result = runner.run(connectorId, trigger, (connector, run, done) -> {
            byte[] body = read(fileName, size, content);
            sha256[0] = PayloadArchive.sha256(body);
            ParsedPayload parsed = run.parse(body, contentType(fileName), fileName);
            run.page(body, parsed, contentType(fileName), fileName);
            done.add(fileName);
        });
        return new Imported(result, sha256[0]);
    }

    private byte[] read(String fileName, long size, Content content) {
        long max = limits.maxBytes();
        if (size > max) {
            throw SourceException.unreadable(TableFormat.tooLarge(size, max), fileName);
        }
        try (InputStream in = content.open()) {
            byte[] body = in.readNBytes(Math.toIntExact(Math.min(max + 1, Integer.MAX_VALUE - 8)));
            if (body.length > max) {
                throw SourceException.unreadable(TableFormat.tooLarge(-1, max), fileName);
            }
            return body;
        } catch (IOException e) {
            throw SourceException.transientError("Không đọc được tệp / cannot read the file " + fileName + ": " + e.getMessage(), 0, null, e);
        }
    }

    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        return name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
    }

    /** Whether a connector is a file-drop one (the kinds that take files). */
    public static boolean takesFiles(ConnectorInstance connector) {
        return FileDropSource.KIND.id().equals(connector.kind().id());
    }
}
