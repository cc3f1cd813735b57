package vn.dxhub.sandbox;

import java.util.List;

/** One indicator value as an LGSP gateway sends it (field names as the gateway writes them). */
record LgspRecord(String id, String maChiTieu, String tenChiTieu, String maDonVi, String tenDonVi, String kyBaoCao,
        String giaTri, String donViTinh, String tuSo, String mauSo, String trangThai, String ngayCapNhat) {

    /** One page of the gateway's answer; maLoi "0" means success. */
    record Page(String maLoi, String moTa, int trang, int soBanGhiMoiTrang, int tongSoTrang, int tongSoBanGhi, List<LgspRecord> duLieu) {}
}
