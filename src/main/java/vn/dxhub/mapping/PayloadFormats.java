package vn.dxhub.mapping;

/** The reading of each mapping format. */
public final class PayloadFormats {

    private static final PayloadFormat JSON = new JsonFormat();
    private static final PayloadFormat XML = new XmlFormat();
    private static final PayloadFormat FHIR = new FhirFormat();

    private PayloadFormats() {}

    public static PayloadFormat of(Mapping.Format format) {
        return switch (format) {
            case JSON -> JSON;
            case XML -> XML;
            case FHIR -> FHIR;
        };
    }
}
