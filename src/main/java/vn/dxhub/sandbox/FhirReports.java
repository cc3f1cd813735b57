package vn.dxhub.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodSteps;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * The MeasureReports a Ministry of Health FHIR server holds: one summary report per province (the 34 since 2025-07-01,
 * reporter = the province's Department of Health identified by its province code), hub quarter (from 2025Q3 to the
 * current one) and measure, generated from (measure, province, quarter) so every call gives the same bytes. Periods are
 * the hub calendar's quarter windows, written as dates or (one province in three) as date-times in Vietnam time.
 * Reports are "pending" while the hub still treats the quarter as provisional, "complete" after. An update (PUT) replaces
 * a report until it is forgotten, as a source correcting a figure.
 */
final class FhirReports {

    static final String PROVINCE_SYSTEM = "https://fhir.moh.gov.vn/sid/ma-tinh";
    static final Period FIRST_QUARTER = Period.quarter(2025, 3);

    /** One report the server holds: which quarter, province (and its place in the list of 34) and measure. */
    record Key(Period quarter, ReportingUnit province, int position, FhirMeasures.Measure measure) {

        String id() {
            return measure.slug() + "-" + province.id() + "-" + quarter.id();
        }
    }

    private final ReportingUnits units;
    private final ReportStatus status;
    private final Map<String, MeasureReport> updates = new ConcurrentHashMap<>();

    FhirReports(ReportingUnits units, ReportStatus status) {
        this.units = units;
        this.status = status;
    }

    /** Every report the server holds, ordered by quarter, province and measure. */
    List<Key> keys() {
        List<ReportingUnit> provinces = units.all().stream()
                .filter(u -> u.kind() == ReportingUnit.Kind.PROVINCE && u.validTo() == null && u.successor() == null)
                .sorted(Comparator.comparing(ReportingUnit::id))
                .toList();
        List<Key> keys = new ArrayList<>();
        for (Period quarter = FIRST_QUARTER; status.started(quarter); quarter = PeriodSteps.nextQuarter(quarter)) {
            for (int p = 0; p < provinces.size(); p++) {
                for (FhirMeasures.Measure measure : FhirMeasures.ALL) {
                    keys.add(new Key(quarter, provinces.get(p), p, measure));
                }
            }
        }
        return keys;
    }

    Optional<Key> key(String id) {
        return keys().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    PeriodWindow window(Key key) {
        return status.window(key.quarter());
    }

    /** The report as the server serves it: an update if there is one, else generated (made bad when the fault plan says so). */
    MeasureReport report(Key key, FaultPlan plan) {
        MeasureReport updated = updates.get(key.id());
        if (updated != null) {
            return updated.copy();
        }
        MeasureReport report = generated(key);
        long hash = Mix.of("fhir|" + key.id());
        if (plan.badRecord(hash)) {
            switch (Mix.below(Mix.salt(hash, 3), 3)) {
                case 0 -> FhirGroups.overCount(report.getGroupFirstRep());
                case 1 -> report.setMeasure(FhirMeasures.UNKNOWN_MEASURE);
                default -> report.getPeriod().setEndElement(null);
            }
        }
        return report;
    }

    void update(String id, MeasureReport report) {
        updates.put(id, report.copy());
    }

    void forget(String id) {
        updates.remove(id);
    }

    private MeasureReport generated(Key key) {
        PeriodWindow window = status.window(key.quarter());
        long hash = Mix.of("fhir|" + key.id());
        MeasureReport report = new MeasureReport();
        report.setId(key.id());
        report.setStatus(status.provisional(key.quarter()) ? MeasureReportStatus.PENDING : MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.SUMMARY);
        report.setMeasure(key.measure().canonical());
        report.setDateElement(new DateTimeType(status.updatedOn(key.quarter(), hash) + "T08:00:00+07:00"));
        report.setReporter(reporter(report, key));
        report.getPeriod().setStartElement(new DateTimeType(start(window.from(), key.position())));
        report.getPeriod().setEndElement(new DateTimeType(end(window.to(), key.position())));
        StringBuilder narrative = new StringBuilder("Sở Y tế " + key.province().name() + ", " + key.measure().title() + ", " + key.quarter().id() + ":");
        for (FhirMeasures.Group g : key.measure().groups()) {
            FhirGroups.Counts counts = FhirGroups.counts(key, g);
            report.addGroup(FhirGroups.group(g, counts, key));
            narrative.append(' ').append(g.code()).append(' ').append(counts.effectiveNumerator()).append('/').append(counts.effectiveDenominator()).append(';');
        }
        Narrative text = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + narrative + "</div>");
        report.setText(text);
        return report;
    }

    /** The Department of Health of the province; one province in five writes it as a contained Organization, as the FHIR examples do. */
    private static Reference reporter(MeasureReport report, Key key) {
        String name = "Sở Y tế " + key.province().name();
        if (key.position() % 5 == 4) {
            Organization department = new Organization().setName(name);
            department.setId("so-y-te");
            department.addIdentifier().setSystem(PROVINCE_SYSTEM).setValue(key.province().code());
            report.addContained(department);
            return new Reference("#so-y-te");
        }
        Reference reporter = new Reference("Organization/so-y-te-" + key.province().id()).setDisplay(name);
        reporter.getIdentifier().setSystem(PROVINCE_SYSTEM).setValue(key.province().code());
        return reporter;
    }

    private static String start(LocalDate day, int position) {
        return position % 3 == 1 ? day + "T00:00:00+07:00" : day.toString();
    }

    private static String end(LocalDate day, int position) {
        return position % 3 == 1 ? day + "T23:59:59+07:00" : day.toString();
    }

    /**
     * An individual-level report as a misconfigured server might return among summaries: one patient's result, with the
     * patient contained in it. The hub must refuse it and keep nothing of the patient.
     */
    MeasureReport individual(Key key) {
        PeriodWindow window = status.window(key.quarter());
        MeasureReport report = new MeasureReport();
        report.setId("ca-nhan-" + key.province().id() + "-" + key.quarter().id());
        report.setStatus(MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.INDIVIDUAL);
        report.setMeasure(key.measure().canonical());
        Patient patient = new Patient();
        patient.setId("benh-nhan");
        patient.addIdentifier().setSystem("https://dancu.gov.vn/sid/cccd").setValue(INDIVIDUAL_ID_NUMBER);
        patient.addName().setFamily("Nguyễn").addGiven("Văn An");
        patient.setGender(AdministrativeGender.MALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1985-03-12"));
        report.addContained(patient);
        report.setSubject(new Reference("#benh-nhan"));
        report.setReporter(reporter(report, key));
        report.getPeriod().setStartElement(new DateTimeType(window.from().toString()));
        report.getPeriod().setEndElement(new DateTimeType(window.to().toString()));
        MeasureReportGroupComponent group = report.addGroup();
        group.setId("hssk");
        group.addPopulation(FhirGroups.population("initial-population", 1));
        group.addPopulation(FhirGroups.population("denominator", 1));
        group.addPopulation(FhirGroups.population("numerator", 1));
        return report;
    }

    /** The citizen id number of the patient in the individual report (tests check it never reaches the hub's records). */
    static final String INDIVIDUAL_ID_NUMBER = "001085012345";
}
