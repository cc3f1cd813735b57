package vn.dxhub.sandbox;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxhub.config.HubProperties;

/**
 * A Ministry of Health FHIR R4 server: MeasureReport search (paged searchset Bundles with total, self and next links),
 * read and update, in JSON or XML ({@code _format} or Accept), behind a bearer token. Its content faults
 * (PERSONAL_DATA, PAGING_LOOP, FOREIGN_NEXT_LINK) come from the fault plan like the others.
 */
@SimulatorsEnabled
@RestController("sandboxFhirController")
@RequestMapping("/sandbox/fhir")
class FhirController {

    static final String SIMULATOR = "fhir";

    private final FhirReports reports;
    private final FhirPages pages;
    private final SandboxFaults faults;
    private final FhirContext fhir;
    private final String token;

    FhirController(FhirReports reports, FhirPages pages, SandboxFaults faults, FhirContext fhir, HubProperties properties) {
        this.reports = reports;
        this.pages = pages;
        this.faults = faults;
        this.fhir = fhir;
        this.token = properties.getSimulators().getFhir().getBearerToken();
    }

    @GetMapping("/MeasureReport")
    ResponseEntity<String> search(HttpServletRequest request, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        FhirPages.Encoding encoding = FhirPages.Encoding.of(request);
        if (!authorized(authorization)) {
            return unauthorized(encoding);
        }
        FhirSearch search;
        try {
            search = FhirSearch.of(request.getParameterMap());
        } catch (IllegalArgumentException e) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.INVALID, e.getMessage(), encoding);
        }
        FaultPlan.Kind fault = (FaultPlan.Kind) request.getAttribute(FaultInjector.CONTENT_FAULT);
        return pages.page(request, search, encoding, faults.plan(SIMULATOR), fault);
    }

    @GetMapping("/MeasureReport/{id}")
    ResponseEntity<String> read(HttpServletRequest request, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        FhirPages.Encoding encoding = FhirPages.Encoding.of(request);
        if (!authorized(authorization)) {
            return unauthorized(encoding);
        }
        return reports.key(id)
                .map(key -> pages.resource(reports.report(key, faults.plan(SIMULATOR)), HttpStatus.OK, encoding))
                .orElseGet(() -> notFound(id, encoding));
    }

    /** An update, as a source correcting a figure: the report is served as sent until it is forgotten (DELETE). */
    @PutMapping("/MeasureReport/{id}")
    ResponseEntity<String> update(HttpServletRequest request, @PathVariable String id, @RequestBody String body,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        FhirPages.Encoding encoding = FhirPages.Encoding.of(request);
        if (!authorized(authorization)) {
            return unauthorized(encoding);
        }
        if (reports.key(id).isEmpty()) {
            return notFound(id, encoding);
        }
        IBaseResource resource;
        try {
            boolean xml = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).contains("xml");
            resource = (xml ? fhir.newXmlParser() : fhir.newJsonParser()).parseResource(body);
        } catch (DataFormatException e) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.STRUCTURE, e.getMessage(), encoding);
        }
        if (!(resource instanceof MeasureReport report) || !id.equals(report.getIdElement().getIdPart())) {
            return outcome(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.INVALID,
                    "The body must be the MeasureReport with id " + id, encoding);
        }
        reports.update(id, report);
        return pages.resource(report, HttpStatus.OK, encoding);
    }

    /** Test control: the report is generated again, as if the update had never come. */
    @DeleteMapping("/MeasureReport/{id}")
    ResponseEntity<Void> forget(@PathVariable String id) {
        reports.forget(id);
        return ResponseEntity.noContent().build();
    }

    private boolean authorized(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && token.equals(authorization.substring(7).strip());
    }

    private ResponseEntity<String> unauthorized(FhirPages.Encoding encoding) {
        ResponseEntity<String> answer = outcome(HttpStatus.UNAUTHORIZED, OperationOutcome.IssueType.LOGIN,
                "Thiếu hoặc sai token truy cập / missing or invalid bearer token", encoding);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fhir\"").body(answer.getBody());
    }

    private ResponseEntity<String> notFound(String id, FhirPages.Encoding encoding) {
        return outcome(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, "Resource MeasureReport/" + id + " is not known", encoding);
    }

    private ResponseEntity<String> outcome(HttpStatus status, OperationOutcome.IssueType type, String diagnostics, FhirPages.Encoding encoding) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setIssue(List.of(new OperationOutcome.OperationOutcomeIssueComponent()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics)));
        return pages.resource(outcome, status, encoding);
    }
}
