package vn.dxhub.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * Turns the unit a source writes (a two-digit province code, a name, or a hub unit id) into the hub's unit
 * for the period: the unit valid at the end of the period, following successors when a source still
 * uses an old province's code or name after the merger of 2025-07-01.
 */
final class UnitResolver {

    private final ReportingUnits units;

    UnitResolver(ReportingUnits units) {
        this.units = units;
    }

    Optional<ReportingUnit> byCode(String code, PeriodWindow window) {
        String normalised = code.strip().matches("\\d") ? "0" + code.strip() : code.strip();
        List<ReportingUnit> candidates = units.all().stream()
                .filter(u -> normalised.equals(u.code()) || normalised.equals(u.id()))
                .toList();
        return choose(candidates, window);
    }

    Optional<ReportingUnit> byName(String name, PeriodWindow window) {
        return choose(units.byName(name), window);
    }

    Optional<ReportingUnit> byId(String id, PeriodWindow window) {
        return choose(units.find(id.strip()).stream().toList(), window);
    }

    private Optional<ReportingUnit> choose(List<ReportingUnit> candidates, PeriodWindow window) {
        Optional<ReportingUnit> validAtEnd = candidates.stream().filter(u -> u.validOn(window.to())).findFirst();
        if (validAtEnd.isPresent()) {
            return validAtEnd;
        }
        Optional<ReportingUnit> validDuring = candidates.stream().filter(u -> u.validDuring(window))
                .max(Comparator.comparing(u -> u.validTo() == null ? window.to() : u.validTo()));
        if (validDuring.isPresent()) {
            return validDuring;
        }
        return candidates.stream().map(u -> units.successorOn(u.id(), window.to())).flatMap(Optional::stream).findFirst();
    }
}
