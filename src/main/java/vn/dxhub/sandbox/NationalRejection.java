package vn.dxhub.sandbox;

/**
 * Why the national system simulator rejects a record its fault plan makes bad, the ways the national system would:
 * a closed period, a unit that does not report the indicator, a figure held back for an explanation. Drawn from the
 * idempotency key's hash, so the same record is always rejected the same way.
 */
enum NationalRejection {
    PERIOD_CLOSED, NOT_ASSIGNED, EXPLANATION_REQUIRED;

    static String reasonFor(long keyHash, IntakeBatch.IntakeRecord r) {
        return switch (values()[Mix.below(Mix.salt(keyHash, 5), values().length)]) {
            case PERIOD_CLOSED -> "Kỳ báo cáo " + r.period() + " đã khóa sổ / period " + r.period() + " is closed";
            case NOT_ASSIGNED -> "Đơn vị " + r.reportingUnit() + " không được giao báo cáo chỉ tiêu " + r.indicator() + " / unit "
                    + r.reportingUnit() + " does not report indicator " + r.indicator();
            case EXPLANATION_REQUIRED -> "Giá trị " + r.value().toPlainString() + " của chỉ tiêu " + r.indicator() + " chênh lệch bất thường"
                    + " so với kỳ trước, cần văn bản giải trình / value " + r.value().toPlainString() + " of indicator " + r.indicator()
                    + " departs from the previous period, an explanation is required";
        };
    }

    /** A record whose indicator or unit the catalog does not know. */
    static String unknown(String what, String whatEnglish, String code) {
        return what + " '" + code + "' không có trong danh mục / " + whatEnglish + " '" + code + "' is not in the catalog";
    }
}
