package vn.dxhub.connector;

import org.springframework.stereotype.Component;
import vn.dxhub.config.HubProperties;
import vn.dxhub.mapping.table.TableFormat;

/**
 * The hub's limits on spreadsheets (hub.files.*): the largest file and the most rows every table payload is read
 * within, and POI's zip-bomb guards, which are process-wide and so are set once here, when the hub starts.
 */
@Component
public class SpreadsheetLimits {

    private final TableFormat.Limits limits;

    public SpreadsheetLimits(HubProperties properties) {
        HubProperties.SpreadsheetFiles files = properties.getFiles();
        this.limits = new TableFormat.Limits(files.getMaxFileSize().toBytes(), files.getMaxRows());
        TableFormat.guardZipFiles(files.getMinInflateRatio(), files.getMaxEntrySize().toBytes());
    }

    public TableFormat.Limits limits() {
        return limits;
    }

    public long maxBytes() {
        return limits.maxBytes();
    }
}
