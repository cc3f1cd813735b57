package vn.dxhub.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
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
    static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    static final Period FIRST_QUARTER = Period.quarter(2025, 3);

    /** One report the server holds: which quarter, province (and its place in the list of 34) and measure. */
    record Key(Period quarter, ReportingUnit province, int position, FhirMeasures.Measure measure) {

        String id() {
            return measure.slug() + "-" + province.id() + "-" + quarter.id();
        }
    }

    /** The counts of one group (or stratum): effective numerator and denominator follow FHIR proportion scoring. */
    private record Counts(long initial, long denominator, long denominatorExclusion, long denominatorException, long numerator,
                          long numeratorExclusion) {

        long effectiveNumerator() {
            return numerator - numeratorExclusion;
        }

        long effectiveDenominator() {
            return denominator - denominatorExclusion - denominatorException;
        }

        Counts share(double fraction) {
            long n = Math.round(numerator * fraction);
            long nx = Math.min(n, Math.round(numeratorExclusion * fraction));
            return new Counts(Math.round(initial * fraction), Math.round(denominator * fraction), Math.round(denominatorExclusion * fraction),
                    Math.round(denominatorException * fraction), n, nx);
        }

        Counts minus(Counts other) {
            return new Counts(initial - other.initial, denominator - other.denominator, denominatorExclusion - other.denominatorExclusion,
                    denominatorException - other.denominatorException, numerator - other.numerator, numeratorExclusion - other.numeratorExclusion);
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
                case 0 -> overCount(report.getGroupFirstRep());
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
            Counts counts = counts(key, g);
            report.addGroup(group(g, counts, key));
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

    private Counts counts(Key key, FhirMeasures.Group g) {
        long hash = Mix.of("fhir|" + key.province().id() + "|" + key.quarter().id() + "|" + g.code());
        long size = switch (g.counted()) {
            case RESIDENTS -> 500_000 + Mix.below(Mix.salt(hash, 1), 8_000_000);
            case STATIONS -> 60 + Mix.below(Mix.salt(hash, 1), 400);
            case FACILITIES -> 80 + Mix.below(Mix.salt(hash, 1), 700);
            case HOSPITALS -> 8 + Mix.below(Mix.salt(hash, 1), 120);
        };
        long exclusion = switch (g.counted()) {
            case RESIDENTS -> Math.round(size * (0.005 + 0.01 * Mix.fraction(Mix.salt(hash, 2))));
            case STATIONS -> Mix.below(Mix.salt(hash, 2), 5);
            case FACILITIES -> 0;
            case HOSPITALS -> Mix.below(Mix.salt(hash, 2), 3);
        };
        long exception = g.counted() == FhirMeasures.Counted.FACILITIES ? Mix.below(Mix.salt(hash, 3), 11) : 0;
        long eligible = size - exclusion - exception;
        double percent = g.lowPercent() + (g.highPercent() - g.lowPercent()) * Mix.fraction(Mix.salt(hash, 4));
        long effective = Math.round(eligible * percent / 100);
        long duplicates = g.counted() == FhirMeasures.Counted.RESIDENTS ? Math.round(effective * 0.002) : 0;
        return new Counts(size, size, exclusion, exception, effective + duplicates, duplicates);
    }

    private MeasureReportGroupComponent group(FhirMeasures.Group g, Counts counts, Key key) {
        MeasureReportGroupComponent group = new MeasureReportGroupComponent();
        group.setId(g.code());
        group.setCode(new CodeableConcept().setText(g.title()));
        group.getCode().addCoding().setSystem(FhirMeasures.MEASURE_BASE + "nhom").setCode(g.code());
        populations(counts).forEach(group::addPopulation);
        group.setMeasureScore(score(counts));
        if (g.stratifier() != null) {
            var stratifier = group.addStratifier();
            stratifier.addCode().addCoding().setSystem(FhirMeasures.MEASURE_BASE + "phan-tang").setCode(g.stratifier());
            double first = 0.45 + 0.1 * Mix.fraction(Mix.of("fhir-strata|" + key.id()));
            Counts firstStratum = counts.share(first);
            stratum(stratifier.addStratum(), g.strata().get(0), firstStratum);
            stratum(stratifier.addStratum(), g.strata().get(1), counts.minus(firstStratum));
        }
        return group;
    }

    private static void stratum(StratifierGroupComponent stratum, String code, Counts counts) {
        stratum.setValue(new CodeableConcept().setText(code));
        stratum.getValue().addCoding().setSystem(FhirMeasures.MEASURE_BASE + "phan-tang").setCode(code);
        for (MeasureReportGroupPopulationComponent p : populations(counts)) {
            stratum.addPopulation().setCode(p.getCode()).setCount(p.getCount());
        }
        stratum.setMeasureScore(score(counts));
    }

    private static List<MeasureReportGroupPopulationComponent> populations(Counts c) {
        List<MeasureReportGroupPopulationComponent> list = new ArrayList<>();
        list.add(population("initial-population", c.initial()));
        list.add(population("denominator", c.denominator()));
        if (c.denominatorExclusion() > 0) {
            list.add(population("denominator-exclusion", c.denominatorExclusion()));
        }
        if (c.denominatorException() > 0) {
            list.add(population("denominator-exception", c.denominatorException()));
        }
        list.add(population("numerator", c.numerator()));
        if (c.numeratorExclusion() > 0) {
            list.add(population("numerator-exclusion", c.numeratorExclusion()));
        }
        return list;
    }

    private static MeasureReportGroupPopulationComponent population(String code, long count) {
        MeasureReportGroupPopulationComponent population = new MeasureReportGroupPopulationComponent();
        population.getCode().addCoding().setSystem(POPULATION_SYSTEM).setCode(code);
        population.setCount(Math.toIntExact(count));
        return population;
    }

    /** A proportion (0..1, 4 decimals) of the effective counts. */
    private static Quantity score(Counts c) {
        BigDecimal value = c.effectiveDenominator() <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(c.effectiveNumerator()).divide(BigDecimal.valueOf(c.effectiveDenominator()), 4, RoundingMode.HALF_UP);
        return new Quantity().setValue(value);
    }

    /** A bad record a real server could send: more in the numerator than in the denominator (its score follows). */
    private static void overCount(MeasureReportGroupComponent group) {
        long denominator = 0;
        long exclusions = 0;
        for (MeasureReportGroupPopulationComponent p : group.getPopulation()) {
            String code = p.getCode().getCodingFirstRep().getCode();
            if ("denominator".equals(code)) {
                denominator = p.getCount();
            } else if (code.startsWith("denominator-")) {
                exclusions += p.getCount();
            }
        }
        long eligible = denominator - exclusions;
        long over = eligible + 1 + eligible / 10;
        for (MeasureReportGroupPopulationComponent p : group.getPopulation()) {
            if ("numerator".equals(p.getCode().getCodingFirstRep().getCode())) {
                p.setCount(Math.toIntExact(over));
            } else if ("numerator-exclusion".equals(p.getCode().getCodingFirstRep().getCode())) {
                p.setCount(0);
            }
        }
        group.setMeasureScore(new Quantity().setValue(BigDecimal.valueOf(over).divide(BigDecimal.valueOf(eligible), 4, RoundingMode.HALF_UP)));
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
        group.addPopulation(population("initial-population", 1));
        group.addPopulation(population("denominator", 1));
        group.addPopulation(population("numerator", 1));
        return report;
    }

    /** The citizen id number of the patient in the individual report (tests check it never reaches the hub's records). */
    static final String INDIVIDUAL_ID_NUMBER = "001085012345";
}
