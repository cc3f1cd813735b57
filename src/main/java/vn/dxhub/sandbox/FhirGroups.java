package vn.dxhub.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The groups of the FHIR simulator's reports: populations sized by what a group counts (residents, commune stations,
 * facilities, hospitals) with the exclusions and exceptions such counts have, a share within the catalog's plan range,
 * a proportion score, and strata that add up to the group.
 */
final class FhirGroups {

    static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";

    private FhirGroups() {}

    /** The counts of one group (or stratum): effective numerator and denominator follow FHIR proportion scoring. */
    record Counts(long initial, long denominator, long denominatorExclusion, long denominatorException, long numerator,
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

    static Counts counts(FhirReports.Key key, FhirMeasures.Group g) {
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

    static MeasureReportGroupComponent group(FhirMeasures.Group g, Counts counts, FhirReports.Key key) {
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

    static MeasureReportGroupPopulationComponent population(String code, long count) {
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
    static void overCount(MeasureReportGroupComponent group) {
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
}
