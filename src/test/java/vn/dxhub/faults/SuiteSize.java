package vn.dxhub.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * How big the suite runs, from the system property {@code faults.size}: {@code reduced} (the default, in every
 * {@code ./mvnw verify}) pulls ten LGSP gateways, some of them with the old provinces merged into them, from 2025Q2, and
 * pushes in batches of 5; {@code full} pulls all 34 from 2025Q1 with four times the faults, pushes in batches of 10, and
 * kills the hub three times in a row in the middle of a pull and of a push. The gateways come in six groups, one for each
 * scenario (three pull, three push), so that each scenario starts on records no hub has read or pushed yet.
 */
record SuiteSize(String name, List<List<String>> gatewayGroups, String startPeriod, int faultMultiplier, int kills, int batchSize) {

    static final String PROPERTY = "faults.size";

    static SuiteSize fromSystemProperty(ReportingUnits units, LocalDate today) {
        String name = System.getProperty(PROPERTY, "reduced");
        return switch (name) {
            case "reduced" -> new SuiteSize(name, List.of(List.of("01", "79"), List.of("08", "48"), List.of("31", "92"), List.of("96"), List.of("86"),
                    List.of("75", "66")), "2025Q2", 1, 1, 5);
            case "full" -> new SuiteSize(name, dealt(units.validOn(today, ReportingUnit.Kind.PROVINCE), 6), "2025Q1", 4, 3, 10);
            default -> throw new IllegalArgumentException(PROPERTY + " is 'reduced' or 'full', not '" + name + "'");
        };
    }

    /** The provinces dealt round-robin into {@code groups} groups. */
    private static List<List<String>> dealt(List<ReportingUnit> provinces, int groups) {
        List<List<String>> dealt = new ArrayList<>();
        IntStream.range(0, groups).forEach(g -> dealt.add(new ArrayList<>()));
        for (int i = 0; i < provinces.size(); i++) {
            dealt.get(i % groups).add(provinces.get(i).id());
        }
        return dealt.stream().map(List::copyOf).toList();
    }

    /** The connectors of a group of gateways, reading pages of {@code pageSize} records. */
    List<LgspConnector> group(int index, int pageSize) {
        return gatewayGroups.get(index).stream().map(gateway -> LgspConnector.of(gateway, startPeriod, pageSize)).toList();
    }

    /** Every connector the suite may start, as the sources are read for the reconciliation (page size plays no part). */
    List<LgspConnector> allConnectors() {
        return IntStream.range(0, gatewayGroups.size()).mapToObj(g -> group(g, 0)).flatMap(List::stream).toList();
    }
}
