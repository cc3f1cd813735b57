package vn.dxhub.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * Who reports to a provincial system for a quarter: the province itself, or, for quarters that ended before the
 * province existed (before 2025-07-01), the old provinces that merged into it, under their old codes; nobody for
 * a quarter that has not started.
 */
final class ProvinceReporters {

    private final ReportingUnits units;
    private final ReportStatus status;

    ProvinceReporters(ReportingUnits units, ReportStatus status) {
        this.units = units;
        this.status = status;
    }

    /** The current provinces (ids 01..96) have systems of their own. */
    Optional<ReportingUnit> province(String id) {
        return units.find(id)
                .filter(u -> u.kind() == ReportingUnit.Kind.PROVINCE && u.validTo() == null && u.successor() == null);
    }

    List<ReportingUnit> of(ReportingUnit province, Period quarter) {
        if (!status.started(quarter)) {
            return List.of();
        }
        PeriodWindow window = status.window(quarter);
        if (province.validFrom() != null && window.to().isBefore(province.validFrom())) {
            return units.all().stream()
                    .filter(u -> u.kind() == ReportingUnit.Kind.PROVINCE && province.id().equals(u.successor()))
                    .sorted(Comparator.comparing(ReportingUnit::code))
                    .toList();
        }
        return List.of(province);
    }
}
