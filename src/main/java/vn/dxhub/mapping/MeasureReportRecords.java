package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import vn.dxhub.validation.Problem;

/**
 * The records of a FHIR payload: one flat JSON record per group of each summary MeasureReport, in payload order.
 * A mapping reads these fields with JSONPath:
 * <ul>
 *   <li>{@code recordId} ("MeasureReport/abc#group"), {@code resource} ("MeasureReport/abc"), {@code id}, {@code status}
 *       (complete | pending | error), {@code type}, {@code date};</li>
 *   <li>{@code measure} (the canonical as written), {@code measureUrl} (without "|version"), {@code measureVersion};</li>
 *   <li>{@code group}: the group's code, else its id, else its position ("group[0]"); {@code groupId}, {@code groupCode};
 *       {@code measureGroup}: measureUrl + "#" + group, the key of a group of a multi-group measure;</li>
 *   <li>{@code period}: the ISO 8601 interval "2025-07-01/2025-09-30" (the {@code period} converter reads it by the hub's
 *       calendar), {@code periodStart}, {@code periodEnd}, as written;</li>
 *   <li>{@code reporter} and {@code subject}: {@code reference}, {@code type}, {@code display}, {@code name},
 *       {@code identifierSystem}, {@code identifierValue} and {@code identifiers} (system to value), with contained
 *       ("#reporter") and bundle-included resources resolved;</li>
 *   <li>{@code populations}: count by population code (initial-population, denominator, denominator-exclusion,
 *       denominator-exception, numerator, numerator-exclusion, ...);</li>
 *   <li>{@code numerator} and {@code denominator} by FHIR R4 proportion scoring: numerator minus numerator-exclusion,
 *       denominator minus denominator-exclusion minus denominator-exception;</li>
 *   <li>{@code measureScore}, {@code measureScoreUnit}, and {@code percent}: the measureScore itself when its unit is "%",
 *       measureScore x 100 when the group counts a numerator and a denominator (a proportion, 0..1), 100 x numerator /
 *       denominator (4 decimals) when there is no measureScore; absent otherwise (a count score: read measureScore);</li>
 *   <li>{@code stratifiers}: each stratifier's code and number of strata. Strata are not observations: the group totals
 *       are what is stored, and the strata stay in the archived payload.</li>
 * </ul>
 * Reports that are not aggregates are refused as one record each, with the reason, and their record keeps no personal
 * data: individual and subject-list reports (about or listing patients), data-collection reports, and summaries whose
 * subject is a patient. Their subject, contained resources, evaluated resources and subject lists are left out.
 */
final class MeasureReportRecords {

    static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Resource> included = new HashMap<>();
    private final ReportReferences references = new ReportReferences(included);
    private final ObjectNode document = JSON.objectNode();
    private final List<SourceRecord> records = new ArrayList<>();

    private MeasureReportRecords() {}

    static List<SourceRecord> of(IBaseResource payload) {
        MeasureReportRecords all = new MeasureReportRecords();
        all.document.put("resourceType", payload.fhirType());
        all.document.put("id", payload.getIdElement().getIdPart());
        if (payload instanceof Bundle bundle) {
            all.read(bundle);
        } else {
            all.report((MeasureReport) payload, "MeasureReport");
        }
        return all.records;
    }

    private void read(Bundle bundle) {
        document.put("type", bundle.hasType() ? bundle.getType().toCode() : null);
        if (bundle.hasTotal()) {
            document.put("total", bundle.getTotal());
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() != null && !(entry.getResource() instanceof MeasureReport)) {
                Resource resource = entry.getResource();
                included.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                if (entry.hasFullUrl()) {
                    included.put(entry.getFullUrl(), resource);
                }
            }
        }
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getResource() instanceof MeasureReport report) {
                report(report, "entry[" + i + "]");
            }
        }
    }

    private void report(MeasureReport report, String position) {
        String id = report.getIdElement().getIdPart();
        String resource = id == null ? position : "MeasureReport/" + id;
        ObjectNode header = header(report, resource, id);
        Problem notAggregate = notAggregate(report);
        if (notAggregate != null) {
            header.put("recordId", resource);
            header.put("redacted", "subject, contained, evaluatedResource, group");
            records.add(new SourceRecord(header, document, resource, List.of(notAggregate)));
            return;
        }
        references.describe(header, "reporter", report.getReporter(), report);
        references.describe(header, "subject", report.getSubject(), report);
        if (report.getGroup().isEmpty()) {
            header.put("recordId", resource);
            records.add(new SourceRecord(header, document, resource, List.of(new Problem("group", null,
                    "báo cáo không có nhóm (group) nào để lấy số liệu", "the report has no group to take figures from"))));
            return;
        }
        List<MeasureReportGroupComponent> groups = report.getGroup();
        for (int g = 0; g < groups.size(); g++) {
            records.add(group(header.deepCopy(), groups.get(g), g, resource));
        }
    }

    private ObjectNode header(MeasureReport report, String resource, String id) {
        ObjectNode record = JSON.objectNode();
        record.put("resource", resource);
        record.put("id", id);
        record.put("status", report.getStatusElement().getValueAsString());
        record.put("type", report.getTypeElement().getValueAsString());
        record.put("date", report.getDateElement().getValueAsString());
        String measure = report.getMeasure();
        record.put("measure", measure);
        if (measure != null) {
            int bar = measure.indexOf('|');
            record.put("measureUrl", bar < 0 ? measure : measure.substring(0, bar));
            record.put("measureVersion", bar < 0 ? null : measure.substring(bar + 1));
        }
        String start = report.getPeriod().getStartElement().getValueAsString();
        String end = report.getPeriod().getEndElement().getValueAsString();
        record.put("period", start != null && end != null ? start + "/" + end : null);
        record.put("periodStart", start);
        record.put("periodEnd", end);
        return record;
    }

    /** Why a report is not an aggregate the hub takes, or null when it is one. */
    private Problem notAggregate(MeasureReport report) {
        String type = report.getTypeElement().getValueAsString();
        if ("individual".equals(type) || "subject-list".equals(type)) {
            return new Problem("type", type,
                    "báo cáo cấp cá nhân (" + type + ") chứa dữ liệu cá nhân: hub chỉ nhận số liệu tổng hợp (báo cáo summary), không nhận dữ liệu cá nhân",
                    "an individual-level report (" + type + ") carries personal data: the hub takes aggregates only (summary reports), no personal data");
        }
        if (!"summary".equals(type)) {
            return new Problem("type", type,
                    "hub chỉ nhận báo cáo tổng hợp (type summary), không nhận loại '" + type + "'",
                    "the hub takes summary reports only, not type '" + type + "'");
        }
        if (references.isPatient(report.getSubject(), report)) {
            return new Problem("subject", "Patient",
                    "báo cáo tổng hợp về một người bệnh (subject là Patient) là dữ liệu cá nhân: hub chỉ nhận số liệu tổng hợp, không nhận dữ liệu cá nhân",
                    "a summary about one patient (subject is a Patient) is personal data: the hub takes aggregates only, no personal data");
        }
        return null;
    }

    private SourceRecord group(ObjectNode record, MeasureReportGroupComponent group, int index, String resource) {
        String code = code(group.getCode());
        String key = code != null ? code : group.getId() != null ? group.getId() : "group[" + index + "]";
        record.put("group", key);
        record.put("groupId", group.getId());
        record.put("groupCode", code);
        record.put("measureGroup", record.path("measureUrl").asText("") + "#" + key);
        String locator = resource + "#" + key;
        record.put("recordId", locator);
        List<Problem> problems = new ArrayList<>();
        Map<String, BigDecimal> counts = populations(group.getPopulation(), problems);
        ObjectNode populations = record.putObject("populations");
        counts.forEach(populations::put);
        BigDecimal numerator = counts.containsKey("numerator") ? counts.get("numerator").subtract(counts.getOrDefault("numerator-exclusion", BigDecimal.ZERO)) : null;
        BigDecimal denominator = counts.containsKey("denominator") ? counts.get("denominator")
                .subtract(counts.getOrDefault("denominator-exclusion", BigDecimal.ZERO))
                .subtract(counts.getOrDefault("denominator-exception", BigDecimal.ZERO)) : null;
        record.put("numerator", numerator);
        record.put("denominator", denominator);
        Quantity score = group.hasMeasureScore() ? group.getMeasureScore() : null;
        record.put("measureScore", score == null ? null : score.getValue());
        record.put("measureScoreUnit", score == null ? null : score.hasUnit() ? score.getUnit() : score.getCode());
        record.put("percent", percent(score, numerator, denominator));
        stratifiers(record, group.getStratifier());
        return new SourceRecord(record, document, locator, problems);
    }

    private static Map<String, BigDecimal> populations(List<MeasureReportGroupPopulationComponent> populations, List<Problem> problems) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        for (MeasureReportGroupPopulationComponent population : populations) {
            String code = code(population.getCode());
            if (code == null || !population.hasCountElement()) {
                continue;
            }
            Integer count = population.getCountElement().getValue();
            if (count == null) {
                problems.add(new Problem("populations", population.getCountElement().getValueAsString(),
                        "số đếm của quần thể '" + code + "' không phải số nguyên", "the count of population '" + code + "' is not a whole number"));
                continue;
            }
            if (counts.put(code, BigDecimal.valueOf(count)) != null) {
                problems.add(new Problem("populations", code, "quần thể '" + code + "' có hai số đếm trong cùng một nhóm",
                        "population '" + code + "' is counted twice in one group"));
            }
        }
        return counts;
    }

    private static BigDecimal percent(Quantity score, BigDecimal numerator, BigDecimal denominator) {
        if (score != null && score.hasValue()) {
            if ("%".equals(score.getUnit()) || "%".equals(score.getCode())) {
                return score.getValue();
            }
            return numerator != null && denominator != null ? score.getValue().multiply(HUNDRED).stripTrailingZeros() : null;
        }
        if (numerator != null && denominator != null && denominator.signum() > 0) {
            return numerator.multiply(HUNDRED).divide(denominator, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return null;
    }

    private static void stratifiers(ObjectNode record, List<MeasureReportGroupStratifierComponent> stratifiers) {
        if (stratifiers.isEmpty()) {
            return;
        }
        var list = record.putArray("stratifiers");
        for (MeasureReportGroupStratifierComponent stratifier : stratifiers) {
            ObjectNode s = list.addObject();
            s.put("code", stratifier.getCode().isEmpty() ? null : code(stratifier.getCode().get(0)));
            s.put("strata", stratifier.getStratum().size());
        }
    }

    /** A concept's code: the measure-population coding when there is one, else the first coding, else the text. */
    private static String code(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return null;
        }
        for (Coding coding : concept.getCoding()) {
            if (POPULATION_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                return coding.getCode();
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (coding.hasCode()) {
                return coding.getCode();
            }
        }
        return concept.hasText() ? concept.getText() : null;
    }
}
