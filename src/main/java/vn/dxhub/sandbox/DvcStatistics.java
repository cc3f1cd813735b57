package vn.dxhub.sandbox;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/**
 * The DVC portal's ready-made statistics, computed by aggregating exactly the dossiers that
 * {@code /ho-so} serves by default (hub.simulators.dvc.dossiers-per-province per province, healthy
 * records). Results are cached per province and quarter; the dossiers themselves are never kept.
 */
final class DvcStatistics {

    /** Aggregates of one province and quarter. */
    record Counts(long total, long fullyOnline, int servicesWithOnlineDossiers, int onlineServices, long resolved, long resolvedOnTime) {}

    /** The answer as the portal writes it. */
    record Answer(String maTinh, String tenTinh, String kyBaoCao, String tongSoHoSo, String tyLeHoSoTrucTuyenToanTrinh,
            String tyLeDichVuPhatSinhHoSo, String tyLeGiaiQuyetDungHan, String trangThai, String capNhatLuc) {}

    private final DvcDossiers dossiers;
    private final ReportStatus status;
    private final long dossiersPerProvince;
    private final Map<String, Counts> cache = new ConcurrentHashMap<>();

    DvcStatistics(DvcDossiers dossiers, ReportStatus status, long dossiersPerProvince) {
        this.dossiers = dossiers;
        this.status = status;
        this.dossiersPerProvince = dossiersPerProvince;
    }

    /** How many dossiers the portal holds for a province and quarter when the caller does not ask for another number. */
    long defaultTotal(Period quarter) {
        return status.started(quarter) ? dossiersPerProvince : 0;
    }

    Counts count(ReportingUnit province, Period quarter) {
        return cache.computeIfAbsent(province.id() + "|" + quarter.id(), key -> aggregate(province, quarter));
    }

    private Counts aggregate(ReportingUnit province, Period quarter) {
        DvcDossiers.Batch batch = dossiers.batch(province, quarter);
        long total = defaultTotal(quarter);
        long fullyOnline = 0;
        long resolved = 0;
        long onTime = 0;
        BitSet services = new BitSet();
        for (long i = 0; i < total; i++) {
            DvcDossier d = batch.dossier(i, FaultPlan.HEALTHY);
            if (d.toanTrinh()) {
                fullyOnline++;
            }
            if (DvcDossiers.ONLINE.equals(d.kenhNop())) {
                services.set(d.serviceNo());
            }
            if (d.ngayTra() != null) {
                resolved++;
                if (d.resolvedOnTime()) {
                    onTime++;
                }
            }
        }
        return new Counts(total, fullyOnline, services.cardinality(), dossiers.onlineServices(), resolved, onTime);
    }

    /**
     * tyLeHoSoTrucTuyenToanTrinh = fully online dossiers / all dossiers; tyLeDichVuPhatSinhHoSo = online services
     * with at least one online dossier / online services; tyLeGiaiQuyetDungHan = resolved on time / resolved.
     * {@code position} (the province's place in the list of 34) decides whether the name comes in NFD.
     */
    Answer answer(ReportingUnit province, Period quarter, int position) {
        Counts c = count(province, quarter);
        long hash = Mix.of("dvc-stats|" + province.id() + "|" + quarter.id());
        return new Answer(
                province.id(),
                position % 3 == 2 ? VnFormat.nfd(province.name()) : province.name(),
                VnFormat.quarter(quarter, 1),
                VnFormat.thousands(c.total()),
                percent(c.fullyOnline(), c.total()) + "%",
                percent(c.servicesWithOnlineDossiers(), c.onlineServices()),
                percent(c.resolvedOnTime(), c.resolved()) + "%",
                status.label(quarter),
                VnFormat.dateTime(status.updatedOn(quarter, hash), 7 * 3600));
    }

    private static String percent(long part, long whole) {
        return VnFormat.decimal1(whole == 0 ? 0 : part * 100.0 / whole);
    }
}
