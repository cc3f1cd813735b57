package vn.dxhub.mapping;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HL7 FHIR R4 payloads: a searchset Bundle of MeasureReports, or one MeasureReport, in JSON or XML, parsed with HAPI
 * FHIR. Each group of each summary report becomes one flat JSON record (see {@link MeasureReportRecords} for its
 * fields), which the mapping reads with JSONPath like any JSON record; a report with individual data is refused as a
 * record, an XML document declaring a DTD is refused as a whole.
 *
 * <p>The hub has one {@link FhirContext} (building one costs about a second): {@link #context()}, which the Spring
 * context also publishes as its bean, so the connector, the simulator and this format share it.
 */
public final class FhirFormat implements PayloadFormat {

    /** The hub's FHIR R4 context, built on first use (HAPI keeps one per FHIR version for the JVM). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    @Override
    public ParsedPayload parse(byte[] body, String contentType) {
        return FhirDocuments.parse(body, contentType, context());
    }

    @Override
    public List<SourceRecord> records(Mapping mapping, Object document) {
        return MeasureReportRecords.of((IBaseResource) document);
    }

    @Override
    public String pathProblem(String path) {
        return JsonPaths.compiles(path) ? null : "JSONPath '" + path + "' không hợp lệ / invalid JSONPath";
    }

    @Override
    public FieldReader newReader() {
        return new FieldReader.Json();
    }
}
