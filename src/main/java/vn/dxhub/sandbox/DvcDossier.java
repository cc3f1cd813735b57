package vn.dxhub.sandbox;

import java.time.LocalDate;

/**
 * One dossier (hồ sơ) of the DVC portal. {@code serviceNo} is the number behind maDichVu, kept for
 * the statistics; {@code ngayNop} is text because a bad record may carry an impossible date or none.
 */
record DvcDossier(String maHoSo, String maTTHC, int serviceNo, String maDichVu, String maTinh, String tenTinh,
        String ngayNop, LocalDate ngayHenTra, LocalDate ngayTra, String kenhNop, boolean toanTrinh, String trangThai) {

    boolean resolvedOnTime() {
        return ngayTra != null && !ngayTra.isAfter(ngayHenTra);
    }
}
