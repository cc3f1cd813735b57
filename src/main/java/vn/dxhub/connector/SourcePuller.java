package vn.dxhub.connector;

import vn.dxhub.catalog.Period;

/** Fetches one reporting period of a source, page by page, handing each page to the run. One implementation per scheduled connector kind. */
public interface SourcePuller extends SourceKind {

    void pull(ConnectorInstance connector, Period period, ConnectorRun run);
}
