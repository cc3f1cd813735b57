package vn.dxhub.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.dxhub.catalog.Bound;
import vn.dxhub.observation.StoredValue;

/**
 * What the indicator page's Chart.js line chart draws: one line per source across the periods with values (a gap where a
 * source has none), and each plan or target of the catalog as a horizontal reference line at its figure.
 */
record IndicatorChart(List<String> periods, List<Series> series, List<Reference> references, String unitOfMeasure) {

    record Series(String label, List<BigDecimal> values) {}

    record Reference(String label, BigDecimal value) {}

    /** {@code plans}: label -> figure, in the order to draw; a missing figure (null) draws nothing. */
    static IndicatorChart of(List<StoredValue> values, Map<String, Bound> plans, String unitOfMeasure) {
        List<String> periods = List.copyOf(new TreeSet<>(values.stream().map(StoredValue::period).toList()));
        Map<String, BigDecimal[]> bySource = new LinkedHashMap<>();
        for (StoredValue v : values) {
            bySource.computeIfAbsent(v.source(), s -> new BigDecimal[periods.size()])[periods.indexOf(v.period())] = v.value().stripTrailingZeros();
        }
        List<Series> series = new ArrayList<>();
        bySource.forEach((source, points) -> series.add(new Series(source, Arrays.asList(points))));
        List<Reference> references = new ArrayList<>();
        plans.forEach((label, bound) -> {
            if (bound != null) {
                references.add(new Reference(label + ": " + bound.text(), bound.value()));
            }
        });
        return new IndicatorChart(periods, series, references, unitOfMeasure);
    }
}
