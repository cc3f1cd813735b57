package vn.dxhub.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The reporting units of {@code mappings/catalog/}: provinces old and new, ministries and agencies. */
public final class ReportingUnits {

    private final Map<String, ReportingUnit> byId = new LinkedHashMap<>();
    private final Map<String, List<ReportingUnit>> byNameKey = new HashMap<>();

    public ReportingUnits(List<ReportingUnit> units) {
        for (ReportingUnit unit : units) {
            byId.put(unit.id(), unit);
            Stream.concat(Stream.of(unit.name()), unit.aliases().stream())
                    .map(UnitNames::key)
                    .distinct()
                    .forEach(key -> byNameKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit));
        }
    }

    public Optional<ReportingUnit> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<ReportingUnit> all() {
        return List.copyOf(byId.values());
    }

    /** Units valid on a date, e.g. the 34 provinces from 2025-07-01. */
    public List<ReportingUnit> validOn(LocalDate date, ReportingUnit.Kind kind) {
        return byId.values().stream().filter(u -> u.kind() == kind && u.validOn(date)).toList();
    }

    /** The unit with this name on this date; the name may be NFC or NFD, any case, with or without "Tỉnh"/"Thành phố"/"TP.". */
    public Optional<ReportingUnit> findByName(String name, LocalDate on) {
        return byName(name).stream().filter(u -> u.validOn(on)).findFirst();
    }

    /** Every unit that has ever had this name (an old and a new province can share one). */
    public List<ReportingUnit> byName(String name) {
        return name == null ? List.of() : byNameKey.getOrDefault(UnitNames.key(name), List.of());
    }

    /** The unit that holds an old unit's data on a date: the old unit itself while valid, then its successors. */
    public Optional<ReportingUnit> successorOn(String id, LocalDate on) {
        Optional<ReportingUnit> unit = find(id);
        for (int hops = 0; unit.isPresent() && hops < 10; hops++) {
            if (unit.get().validOn(on)) {
                return unit;
            }
            unit = find(unit.get().successor());
        }
        return Optional.empty();
    }
}
