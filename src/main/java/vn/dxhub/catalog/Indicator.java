package vn.dxhub.catalog;

import java.util.List;
import java.util.Set;

/** One national digital-transformation indicator (chỉ tiêu) with its plan and target figures; a missing figure is null. */
public record Indicator(
        String code,
        String group,
        String parent,
        String nameVi,
        String nameEn,
        UnitOfMeasure unitOfMeasure,
        Direction direction,
        Set<PeriodType> periodTypes,
        Bound baseline2022,
        Bound plan2023,
        Bound plan2024,
        Bound target2025,
        List<String> legalBasis,
        String measuringUnit,
        String coordinatingBodies,
        String note) {

    public boolean allows(PeriodType type) {
        return periodTypes.contains(type);
    }
}
