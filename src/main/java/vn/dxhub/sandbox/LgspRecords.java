package vn.dxhub.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/**
 * The indicator values a provincial LGSP gateway serves, generated on the fly from (gateway, quarter,
 * record index). Record i is unit {@code i / 15}, code {@code CODES[i % 15]}. Before the gateway's
 * province existed (quarters ending before 2025-07-01) it serves the old provinces that merged into it,
 * under their old codes and names.
 */
final class LgspRecords {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final String NOT_A_NUMBER = "không có số liệu";

    private static final List<LgspIndicatorCodes.Code> CODES = LgspIndicatorCodes.CODES;

    private final ProvinceReporters reporters;
    private final ReportStatus status;

    LgspRecords(ProvinceReporters reporters, ReportStatus status) {
        this.reporters = reporters;
        this.status = status;
    }

    /** The gateways are the current provinces (ids 01..96). */
    Optional<ReportingUnit> gateway(String province) {
        return reporters.province(province);
    }

    /** The units whose values the gateway holds for the quarter: itself, or the old provinces merged into it; none for a future quarter. */
    List<ReportingUnit> reporters(ReportingUnit gateway, Period quarter) {
        return reporters.of(gateway, quarter);
    }

    /** Page {@code page} (1-based) of {@code size} records; past the end it is empty. */
    LgspRecord.Page page(ReportingUnit gateway, Period quarter, int page, int size, FaultPlan plan) {
        List<ReportingUnit> reporters = reporters(gateway, quarter);
        int total = reporters.size() * CODES.size();
        int pages = (total + size - 1) / size;
        long from = (long) (page - 1) * size;
        long to = Math.min(total, from + size);
        List<LgspRecord> data = new ArrayList<>();
        for (long i = from; i < to; i++) {
            data.add(record(gateway, quarter, reporters, (int) i, plan));
        }
        return new LgspRecord.Page("0", "Thành công", page, size, pages, total, data);
    }

    LgspRecord record(ReportingUnit gateway, Period quarter, List<ReportingUnit> reporters, int index, FaultPlan plan) {
        ReportingUnit unit = reporters.get(index / CODES.size());
        LgspIndicatorCodes.Code code = CODES.get(index % CODES.size());
        // The value depends on (unit, quarter, indicator) only, so it is the same on any page and any gateway
        long valueHash = Mix.of(unit.id() + "|" + quarter.id() + "|" + code.lgspCode());
        SimulatedShare figures = SimulatedShare.draw(valueHash, code.lowPercent(), code.highPercent(), code.minDenominator(), code.maxDenominator());

        String value = figures.value() + (index % 4 == 3 ? "%" : "");
        String lgspCode = code.lgspCode();
        String numeratorText = VnFormat.thousands(figures.numerator());
        long recordHash = Mix.at(Mix.of(gateway.id() + "|" + quarter.id()), index);
        if (plan.badRecord(recordHash)) {
            switch (SpoiledRecord.of(recordHash)) {
                case NOT_A_NUMBER -> value = NOT_A_NUMBER;
                case ABOVE_HUNDRED -> value = SpoiledRecord.ABOVE_HUNDRED_VALUE;
                case UNKNOWN_CODE -> lgspCode = LgspIndicatorCodes.UNKNOWN_CODE;
                case IMPOSSIBLE_NUMERATOR -> numeratorText = VnFormat.thousands(figures.impossibleNumerator());
            }
        }
        String unitName = index % 3 == 2 ? VnFormat.nfd(unit.fullName()) : unit.fullName();
        return new LgspRecord(
                unit.code() + "-" + quarter.id() + "-" + code.lgspCode(),
                lgspCode,
                code.name(),
                unit.code(),
                unitName,
                VnFormat.quarter(quarter, index / 3 % 3),
                value,
                "%",
                numeratorText,
                VnFormat.thousands(figures.denominator()),
                status.label(quarter),
                VnFormat.date(status.updatedOn(quarter, valueHash)));
    }
}
