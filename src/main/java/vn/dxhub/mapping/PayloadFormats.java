package vn.dxhub.mapping;

import vn.dxhub.mapping.table.TableFormat;

/** The reading of each mapping format. */
public final class PayloadFormats {

    private static final PayloadFormat JSON = new JsonFormat();
    private static final PayloadFormat XML = new XmlFormat();
    private static final PayloadFormat TABLE = new TableFormat(TableFormat.Limits.DEFAULTS);
    private static final PayloadFormat FHIR = new FhirFormat();

    private PayloadFormats() {}

    /** The format, spreadsheets read within the default limits (enough for paths, records and field readers). */
    public static PayloadFormat of(Mapping.Format format) {
        return switch (format) {
            case JSON -> JSON;
            case XML -> XML;
            case TABLE -> TABLE;
            case FHIR -> FHIR;
        };
    }

    /** The format to parse payloads with, spreadsheets read within the hub's limits (hub.files.*). */
    public static PayloadFormat of(Mapping.Format format, TableFormat.Limits limits) {
        return format == Mapping.Format.TABLE ? new TableFormat(limits) : of(format);
    }
}
