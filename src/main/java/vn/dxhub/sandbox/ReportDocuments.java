package vn.dxhub.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.sandbox.ReportingSystemIndicators.Code;
import vn.dxhub.sandbox.ReportingSystemIndicators.Report;

/**
 * The report documents the government reporting system holds: each province (or, before 2025-07-01, each old
 * province that merged into it) submits two periodic reports a quarter. Generated on the fly and deterministic:
 * a value depends on (unit, quarter, indicator) only. A quarter's reports are provisional ("Tạm tính", first
 * submission) until the quarter after next, then resubmitted with official figures (submission 2).
 */
final class ReportDocuments {

    static final String NOT_A_NUMBER = "chưa có số liệu";
    static final String REGIME = "Chế độ báo cáo định kỳ về chuyển đổi số (hằng quý)";

    private final ProvinceReporters reporters;
    private final ReportingUnits units;
    private final ReportStatus status;

    ReportDocuments(ProvinceReporters reporters, ReportingUnits units, ReportStatus status) {
        this.reporters = reporters;
        this.units = units;
        this.status = status;
    }

    /** One entry of the report list. */
    record Listing(String maBaoCao, String tenBaoCao, String maDonVi, String tenDonVi, String kyBaoCao, String ngayNop, int lanNop,
                   String trangThai) {}

    /** A report document: its header and its indicator rows. */
    record Document(String id, String title, String unitCode, String unitName, Period quarter, String quarterText, String submittedOn,
                    int submission, String status, List<Row> rows) {}

    /** One indicator row as the reporting system writes it. */
    record Row(int stt, String maChiTieu, String tenChiTieu, String donViTinh, String giaTri, String tuSo, String mauSo, String trangThai) {}

    Optional<ReportingUnit> province(String id) {
        return reporters.province(id);
    }

    List<Listing> list(ReportingUnit province, Period quarter) {
        List<Listing> listings = new ArrayList<>();
        for (ReportingUnit unit : reporters.of(province, quarter)) {
            for (Report report : Report.values()) {
                Document d = document(unit, quarter, report, FaultPlan.HEALTHY);
                listings.add(new Listing(d.id(), d.title(), d.unitCode(), d.unitName(), quarter.id(), d.submittedOn(), d.submission(), d.status()));
            }
        }
        return listings;
    }

    /** The document with this id ("BC-2025Q3-CPS-48"), as the fault plan makes it; empty for an unknown id. */
    Optional<Document> find(String id, FaultPlan plan) {
        String[] parts = id.split("-", 4);
        if (parts.length != 4 || !"BC".equals(parts[0])) {
            return Optional.empty();
        }
        Optional<Period> quarter = QuarterText.parse(parts[1]);
        Optional<Report> report = java.util.Arrays.stream(Report.values()).filter(r -> r.name().equals(parts[2])).findFirst();
        Optional<ReportingUnit> unit = units.find(parts[3]);
        if (quarter.isEmpty() || report.isEmpty() || unit.isEmpty() || !reportsFor(unit.get(), quarter.get())) {
            return Optional.empty();
        }
        return Optional.of(document(unit.get(), quarter.get(), report.get(), plan));
    }

    private boolean reportsFor(ReportingUnit unit, Period quarter) {
        String province = unit.successor() != null && unit.validTo() != null ? unit.successor() : unit.id();
        return reporters.province(province).map(p -> reporters.of(p, quarter).contains(unit)).orElse(false);
    }

    private Document document(ReportingUnit unit, Period quarter, Report report, FaultPlan plan) {
        String id = "BC-" + quarter.id() + "-" + report.name() + "-" + unit.id();
        long documentHash = Mix.of(id);
        boolean provisional = status.provisional(quarter);
        List<Row> rows = new ArrayList<>();
        List<Code> codes = ReportingSystemIndicators.of(report);
        for (int i = 0; i < codes.size(); i++) {
            rows.add(row(unit, quarter, codes.get(i), i, Mix.at(documentHash, i), plan));
        }
        String name = Mix.below(documentHash, 3) == 0 ? VnFormat.nfd(unit.fullName()) : unit.fullName();
        return new Document(id, report.title(), unit.code(), name, quarter, VnFormat.quarter(quarter, Mix.below(Mix.salt(documentHash, 1), 3)),
                VnFormat.date(status.updatedOn(quarter, documentHash)), provisional ? 1 : 2, status.label(quarter), rows);
    }

    private Row row(ReportingUnit unit, Period quarter, Code code, int index, long rowHash, FaultPlan plan) {
        long valueHash = Mix.of(unit.id() + "|" + quarter.id() + "|" + code.code());
        SimulatedShare figures = SimulatedShare.draw(valueHash, code.lowPercent(), code.highPercent(), code.minDenominator(), code.maxDenominator());
        String value = figures.value();
        String reported = code.code();
        String numeratorText = VnFormat.thousands(figures.numerator());
        if (plan.badRecord(rowHash)) {
            switch (SpoiledRecord.of(rowHash)) {
                case NOT_A_NUMBER -> value = NOT_A_NUMBER;
                case ABOVE_HUNDRED -> value = SpoiledRecord.ABOVE_HUNDRED_VALUE;
                case UNKNOWN_CODE -> reported = ReportingSystemIndicators.UNKNOWN_CODE;
                case IMPOSSIBLE_NUMERATOR -> numeratorText = VnFormat.thousands(figures.impossibleNumerator());
            }
        }
        return new Row(index + 1, reported, code.name(), "%", value, numeratorText, VnFormat.thousands(figures.denominator()), status.label(quarter));
    }
}
