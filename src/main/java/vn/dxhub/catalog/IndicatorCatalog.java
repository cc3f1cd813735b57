package vn.dxhub.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicator catalog of {@code mappings/catalog/}, in the order of the source table. */
public final class IndicatorCatalog {

    private final List<IndicatorGroup> groups;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final List<LinkedTarget> linkedTargets;

    public IndicatorCatalog(List<IndicatorGroup> groups, List<Indicator> indicators, List<LinkedTarget> linkedTargets) {
        this.groups = List.copyOf(groups);
        indicators.forEach(i -> byCode.put(i.code(), i));
        this.linkedTargets = List.copyOf(linkedTargets);
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

    public List<IndicatorGroup> groups() {
        return groups;
    }

    public List<LinkedTarget> linkedTargets() {
        return linkedTargets;
    }

    public List<LinkedTarget> targetsLinkedTo(String indicatorCode) {
        return linkedTargets.stream().filter(t -> indicatorCode.equals(t.linkedIndicator())).toList();
    }
}
