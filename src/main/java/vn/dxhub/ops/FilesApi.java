package vn.dxhub.ops;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.connector.ConnectorRunner;
import vn.dxhub.connector.file.FileImports;
import vn.dxhub.health.Bilingual;
import vn.dxhub.security.ActorHeader;
import vn.dxhub.store.AuditLog;
import vn.dxhub.store.QuarantineStore;
import vn.dxhub.validation.Problem;

/**
 * Uploads to a file-drop connector (POST /api/connectors/{id}/files?name=...): the file is imported at once as a run
 * of the connector, and the answer says what became of it, with every quarantined row, its sheet, row and reasons.
 * Every upload that reached an import is in the audit log with its run and outcome.
 */
@Component("filesApi")
class FilesApi {

    /** "sheet 'Phụ lục 01' row 20" or "row 16" (CSV) at the end of a quarantine locator. */
    private static final Pattern SHEET_ROW = Pattern.compile("(?:sheet '(.*)' )?row (\\d+)$");

    private final ConnectorRegistry registry;
    private final FileImports imports;
    private final QuarantineStore quarantine;
    private final AuditLog audit;

    FilesApi(ConnectorRegistry registry, FileImports imports, QuarantineStore quarantine, AuditLog audit) {
        this.registry = registry;
        this.imports = imports;
        this.quarantine = quarantine;
        this.audit = audit;
    }

    /** A quarantined row of the file: its sheet (none for CSV), its row as Excel numbers it, and why. */
    record QuarantinedRow(String sheet, Integer row, String locator, List<Problem> reasons) {}

    /** Answer of an upload: the run, what was read, stored, unchanged (already there) and quarantined, and the quarantined rows. */
    record ImportAnswer(long runId, String connector, String file, int rows, int stored, int unchanged, int quarantined,
                        List<QuarantinedRow> quarantinedRows, String messageVi, String messageEn) {}

    public ImportAnswer upload(@Header("id") String id, @Header("name") String name, @Header("Content-Length") Long length,
                               @Header(ActorHeader.NAME) String actor, @Body InputStream body) {
        AuditLog.requireActor(actor);
        ConnectorInstance connector = registry.find(id).orElseThrow(() ->
                new NotFoundException("id", id, "không có connector này", "no such connector"));
        if (!FileImports.takesFiles(connector)) {
            throw new InvalidRequestException("id", id, "connector loại " + connector.kind().id() + " không nhận tệp; tải tệp lên connector loại file-drop",
                    "a " + connector.kind().id() + " connector takes no files; upload to a file-drop connector");
        }
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new InvalidRequestException("name", name, "cần tham số name là tên tệp, ví dụ ?name=phu-luc-01-quy-3.xlsx",
                    "the query parameter name must be the file's name, e.g. ?name=phu-luc-01-q3.xlsx");
        }
        InputStream content = body == null ? new ByteArrayInputStream(new byte[0]) : body;
        FileImports.Imported imported = imports.importFile(id, ConnectorRunner.Trigger.UPLOAD, name.strip(), length == null ? -1 : length,
                () -> content);
        ConnectorRunner.Result result = imported.result();
        audited(actor, id, name.strip(), result);
        if (result.wasBusy()) {
            throw busy(id);
        }
        if (result.isTransientFailure()) {
            throw new UnavailableException("file", name, "chưa nhập được tệp, thử lại sau: " + result.error(), "the file could not be imported now; try again later",
                    result.runId());
        }
        if (result.outcome() == ConnectorRunner.Outcome.INTERNAL) {
            throw new IllegalStateException(result.error());
        }
        if (!result.succeeded()) {
            Bilingual message = Bilingual.split(result.error());
            throw new RefusedFileException(name, message.vi(), message.en(), result.runId());
        }
        List<QuarantinedRow> rows = quarantine.ofPayload(id, imported.sha256()).stream().map(FilesApi::row).toList();
        var counts = result.counts();
        return new ImportAnswer(result.runId(), id, name.strip(), counts.read(), counts.stored(), counts.unchanged(), counts.quarantined(), rows,
                "Đã nhập tệp: lưu " + counts.stored() + ", không đổi " + counts.unchanged() + ", cách ly " + counts.quarantined(),
                "File imported: " + counts.stored() + " stored, " + counts.unchanged() + " unchanged, " + counts.quarantined() + " quarantined");
    }

    private static ConflictException busy(String id) {
        return new ConflictException("id", id, "connector đang nhập một tệp khác; đợi xong rồi gửi lại", "the connector is already importing a file");
    }

    private static QuarantinedRow row(QuarantineStore.Entry entry) {
        Matcher m = SHEET_ROW.matcher(entry.locator() == null ? "" : entry.locator());
        return m.find() ? new QuarantinedRow(m.group(1), Integer.valueOf(m.group(2)), entry.locator(), entry.reasons())
                : new QuarantinedRow(null, null, entry.locator(), entry.reasons());
    }

    private void audited(String actor, String id, String file, ConnectorRunner.Result result) {
        if (result.wasBusy()) {
            audit.record(new AuditLog.Action(actor, "connector.upload", "connector " + id + " file " + file, AuditLog.Outcome.DENIED, null, null,
                    "đang nhập tệp khác / already importing"));
            return;
        }
        var c = result.counts();
        String after = "run " + result.runId() + ": " + (result.succeeded() ? "succeeded" : "failed") + ", stored " + c.stored() + ", unchanged "
                + c.unchanged() + ", quarantined " + c.quarantined();
        audit.record(new AuditLog.Action(actor, "connector.upload", "connector " + id + " file " + file,
                result.succeeded() ? AuditLog.Outcome.ALLOWED : AuditLog.Outcome.FAILED, null, after, result.error()));
    }
}
