package vn.dxhub.connector.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Header;
import org.apache.camel.component.file.FileConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorRegistry;
import vn.dxhub.connector.ConnectorRunner;

/**
 * What a file-drop connector's route does with a file its folder received: import it as a run, then say where the
 * file goes: the processed folder when the run succeeded, the refused folder when the file itself was refused (the
 * run holds the reason), or nowhere yet (null) when the run could not happen now (the connector busy with an upload,
 * the database down) or failed for a reason of the hub's own: the file stays and is picked up again at the next look.
 */
@Component(FolderImports.BEAN)
public class FolderImports {

    public static final String BEAN = "fileDropFolder";
    /** Header of the connector id on a file-drop route's exchanges. */
    public static final String CONNECTOR_HEADER = "DxHubConnectorId";

    private static final Logger log = LoggerFactory.getLogger(FolderImports.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final FileImports imports;
    private final ConnectorRegistry registry;
    private final Clock clock;

    FolderImports(FileImports imports, ConnectorRegistry registry, Clock clock) {
        this.imports = imports;
        this.registry = registry;
        this.clock = clock;
    }

    /** Imports the file; returns where to move it, relative to the watched folder, or null to leave it for the next look. */
    public String importDropped(@Header(CONNECTOR_HEADER) String connectorId, @Header(FileConstants.FILE_NAME_ONLY) String name,
                                @Header(FileConstants.FILE_ABSOLUTE_PATH) String path) {
        Path file = Path.of(path);
        ConnectorRunner.Result result = imports.importFile(connectorId, ConnectorRunner.Trigger.FOLDER, name, size(file),
                () -> Files.newInputStream(file)).result();
        if (result.outcome() == ConnectorRunner.Outcome.TRANSIENT || result.outcome() == ConnectorRunner.Outcome.INTERNAL) {
            log.info("{}: tệp {} để lại, nhập lại ở lần quét sau / file left for the next look: {}", connectorId, name, result.error());
            return null;
        }
        ConnectorInstance connector = registry.find(connectorId).orElseThrow();
        String folder = connector.text(result.succeeded() ? "processedFolder" : "refusedFolder");
        return folder + "/" + LocalDateTime.now(clock).format(STAMP) + "-" + name;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
