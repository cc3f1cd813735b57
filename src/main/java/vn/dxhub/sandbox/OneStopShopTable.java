package vn.dxhub.sandbox;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodSteps;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * A provincial one-stop-shop statistics table (sandbox_mot_cua) in the hub's own database, for the quick
 * start's sql connector: one row per province for the previous and the current quarter, periods written
 * as "Quý IV/2026", and a few rows a real table would also hold (a retired code, no resolved dossiers).
 */
@SimulatorsEnabled
@Component
class OneStopShopTable {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final JdbcClient jdbc;
    private final ReportingUnits units;
    private final ReportingCalendar calendar;

    OneStopShopTable(JdbcClient jdbc, ReportingUnits units, ReportingCalendar calendar) {
        this.jdbc = jdbc;
        this.units = units;
        this.calendar = calendar;
    }

    @PostConstruct
    void create() {
        jdbc.sql("""
                create table if not exists sandbox_mot_cua (
                    ma_tinh varchar(10), ky_bao_cao varchar(40), nam integer, quy integer, so_tiep_nhan integer,
                    so_dung_han integer, so_da_giai_quyet integer, trang_thai varchar(40))""").update();
        Period current = calendar.periodOf(calendar.today());
        for (Period quarter : List.of(PeriodSteps.previous(current), current)) {
            if (jdbc.sql("select count(*) from sandbox_mot_cua where nam = ? and quy = ?").param(quarter.year()).param(quarter.index())
                    .query(Long.class).single() == 0) {
                fill(quarter);
            }
        }
    }

    private void fill(Period quarter) {
        String text = "Quý " + ROMAN[quarter.index()] + "/" + quarter.year();
        String status = calendar.today().isBefore(calendar.windowOf(quarter).dueBefore()) ? "tạm tính" : "chính thức";
        for (ReportingUnit province : units.validOn(LocalDate.of(2025, 7, 1), ReportingUnit.Kind.PROVINCE)) {
            int seed = Integer.parseInt(province.code()) * 31 + quarter.index() * 7 + quarter.year();
            int received = 1_000 + seed % 4_000;
            int resolved = received * (85 + seed % 10) / 100;
            int onTime = resolved * (88 + seed % 11) / 100;
            insert(province.code(), text, quarter, received, onTime, resolved, status);
        }
        insert("99", text, quarter, 10, 5, 10, status);
        insert("48", text + " (bổ sung)", quarter, 12, 0, null, status);
    }

    private void insert(String code, String text, Period quarter, int received, int onTime, Integer resolved, String status) {
        jdbc.sql("""
                        insert into sandbox_mot_cua (ma_tinh, ky_bao_cao, nam, quy, so_tiep_nhan, so_dung_han, so_da_giai_quyet, trang_thai)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, text, quarter.year(), quarter.index(), received, onTime, resolved, status).update();
    }
}
