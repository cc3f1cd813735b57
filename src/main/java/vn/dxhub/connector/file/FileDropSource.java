package vn.dxhub.connector.file;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.SourceKind;

/**
 * file-drop: spreadsheets (XLSX, XLS, CSV) that units drop in a watched folder or upload through the API, such as the
 * Phụ lục 01 form they fill in by hand. Not scheduled: a run starts when a file arrives.
 */
@Component
class FileDropSource implements SourceKind {

    static final ConnectorKind KIND = ConnectorKind.watchedFolder("file-drop", "Thư mục nhận tệp / tải tệp lên",
            "Spreadsheets (XLSX, XLS, CSV) dropped in a watched folder or uploaded with POST /api/connectors/{id}/files, "
                    + "read with a table mapping; each file is one run", "file", List.of(
                    ParameterSpec.required("folder", ParameterSpec.Type.FOLDER, "Thư mục nhận tệp",
                            "Folder watched for files, relative to the hub's working folder or absolute, e.g. inbox/phu-luc-01. "
                                    + "A file still being copied is not read until its size stops changing."),
                    ParameterSpec.optional("leaveInPlace", ParameterSpec.Type.BOOLEAN, "false", "Để nguyên tệp",
                            "true = leave imported files where they are (a folder kept in a repository); each is imported once per hub "
                                    + "start, and again only when it changes. false = move them to the processed or refused folder."),
                    ParameterSpec.optional("processedFolder", ParameterSpec.Type.SUBFOLDER, "da-nhap", "Thư mục tệp đã nhập",
                            "Subfolder an imported file moves to, prefixed with the time of import."),
                    ParameterSpec.optional("refusedFolder", ParameterSpec.Type.SUBFOLDER, "bi-tu-choi", "Thư mục tệp bị từ chối",
                            "Subfolder a refused file (not a spreadsheet, too large, ...) moves to; the run records why."),
                    ParameterSpec.optional("pollInterval", ParameterSpec.Type.DURATION, "10s", "Chu kỳ quét thư mục",
                            "How often the folder is looked at.")));

    @Override
    public ConnectorKind kind() {
        return KIND;
    }
}
