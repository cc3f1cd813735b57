package vn.dxhub.mapping;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Turns a FHIR response body into a resource the hub reads (a Bundle or a MeasureReport), classifying what it
 * cannot read: cut short (worth fetching again), not FHIR at all, another resource (an OperationOutcome says
 * why), or an XML document declaring a DTD (refused whole, never parsed).
 */
final class FhirDocuments {

    enum Encoding { JSON, XML }

    private FhirDocuments() {}

    static ParsedPayload parse(byte[] body, String contentType, FhirContext context) {
        Encoding encoding = encoding(body, contentType);
        if (encoding == null) {
            throw new UnreadablePayloadException(body.length == 0 ? "Phản hồi rỗng / empty response"
                    : "Phản hồi không phải tài nguyên FHIR (JSON hoặc XML) / not a FHIR resource in JSON or XML: " + start(body), false, null);
        }
        if (encoding == Encoding.XML) {
            XmlScreen.Verdict verdict = XmlScreen.screen(body);
            if (verdict instanceof XmlScreen.Verdict.Doctype d) {
                return new ParsedPayload.Refused(List.of(XmlScreen.dtdRefused(d.declaration())));
            }
            if (verdict instanceof XmlScreen.Verdict.CutShort c) {
                throw new UnreadablePayloadException("Tài liệu FHIR XML bị cắt ngang / truncated FHIR XML: " + c.detail(), true, null);
            }
            if (verdict instanceof XmlScreen.Verdict.NotXml n) {
                throw new UnreadablePayloadException("Phản hồi không phải FHIR XML hợp lệ / not well-formed FHIR XML: " + n.detail(), false, null);
            }
        }
        IBaseResource resource = read(body, encoding, context);
        if (resource instanceof Bundle || resource instanceof MeasureReport) {
            return new ParsedPayload.Readable(resource);
        }
        if (resource instanceof OperationOutcome outcome) {
            throw new UnreadablePayloadException("Máy chủ FHIR trả về OperationOutcome thay cho kết quả / the FHIR server answered an "
                    + "OperationOutcome instead of results: " + issues(outcome), false, null);
        }
        throw new UnreadablePayloadException("Tài nguyên " + resource.fhirType() + " không phải Bundle hay MeasureReport / a "
                + resource.fhirType() + " is not a Bundle or a MeasureReport", false, null);
    }

    private static IBaseResource read(byte[] body, Encoding encoding, FhirContext context) {
        IParser parser = encoding == Encoding.JSON ? context.newJsonParser() : context.newXmlParser();
        // Unknown elements are skipped without a log line each (servers add their own). A value of the wrong form does not fail
        // the page: HAPI keeps the text of a code, date or integer it cannot read, so the record carrying it is quarantined
        // naming the field and value, and the good reports beside it are stored. (A decimal it cannot read, HAPI drops.)
        parser.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false));
        try {
            return parser.parseResource(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            if (cutShort(e)) {
                throw new UnreadablePayloadException("Tài liệu FHIR JSON bị cắt ngang / truncated FHIR JSON: " + e.getMessage(), true, e);
            }
            throw new UnreadablePayloadException("Phản hồi không phải tài nguyên FHIR " + encoding + " hợp lệ / not a valid FHIR "
                    + encoding + " resource: " + abbreviate(e.getMessage()), false, e);
        }
    }

    /** The content type decides (application/fhir+json, application/fhir+xml, ...); without one that says, the first character. */
    static Encoding encoding(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return Encoding.JSON;
        }
        if (type.contains("xml")) {
            return Encoding.XML;
        }
        for (int i = 0; i < body.length; i++) {
            int b = body[i] & 0xff;
            if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                continue; // a UTF-8 byte-order mark or blanks before the document
            }
            return b == '{' ? Encoding.JSON : b == '<' ? Encoding.XML : null;
        }
        return null;
    }

    private static boolean cutShort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    private static String issues(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .map(i -> i.getSeverity() + " " + i.getCode() + (i.hasDiagnostics() ? ": " + i.getDiagnostics() : ""))
                .collect(Collectors.joining("; "));
    }

    private static String start(byte[] body) {
        return abbreviate(new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
    }
}
