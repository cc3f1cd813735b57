package vn.dxhub.sandbox;

import java.util.List;

/**
 * The Ministry of Health measures the FHIR simulator reports on, health indicators 4.4 to 4.7 of the action plan.
 * Share ranges follow the catalog's plans (4.4 plan 2024: 90%, 4.5: 90%, 4.6: 50%, 4.7: 60%; all 100% by 2025).
 */
final class FhirMeasures {

    static final String MEASURE_BASE = "https://fhir.moh.gov.vn/Measure/";
    static final String VERSION = "1.0.0";

    /** What a group counts, which decides its sizes, its exclusions and exceptions. */
    enum Counted { RESIDENTS, STATIONS, FACILITIES, HOSPITALS }

    /**
     * One group of a measure: its code, the catalog indicator it reports, its share range (percent), what it counts,
     * and its stratifier (code and stratum codes), if any.
     */
    record Group(String code, String title, String indicator, double lowPercent, double highPercent, Counted counted,
                 String stratifier, List<String> strata) {}

    /** A measure: its slug (in report ids), canonical URL and groups. */
    record Measure(String slug, String url, String title, List<Group> groups) {

        String canonical() {
            return url + "|" + VERSION;
        }
    }

    static final List<Measure> ALL = List.of(
            new Measure("hssk", MEASURE_BASE + "ho-so-suc-khoe-dien-tu", "Người dân có hồ sơ sức khỏe điện tử", List.of(
                    new Group("hssk", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "4.4", 85, 99, Counted.RESIDENTS,
                            "gioi-tinh", List.of("nam", "nu")))),
            new Measure("csyt", MEASURE_BASE + "co-so-y-te-so", "Cơ sở y tế trên môi trường số", List.of(
                    new Group("tram-y-te-so", "Tỷ lệ trạm y tế xã quản lý hoạt động trên môi trường số", "4.5", 78, 99, Counted.STATIONS,
                            null, List.of()),
                    new Group("kham-chua-benh-tu-xa", "Tỷ lệ cơ sở khám chữa bệnh triển khai tư vấn khám chữa bệnh từ xa", "4.6", 40, 90,
                            Counted.FACILITIES, null, List.of()))),
            new Measure("bvs", MEASURE_BASE + "benh-vien-so", "Bệnh viện số", List.of(
                    new Group("benh-vien-so", "Tỷ lệ bệnh viện có bệnh án điện tử, thanh toán không dùng tiền mặt, đơn thuốc điện tử", "4.7",
                            50, 95, Counted.HOSPITALS, "tuyen", List.of("tinh", "khu-vuc")))));

    /** The measure a bad record names: no Measure of the ministry has this URL. */
    static final String UNKNOWN_MEASURE = MEASURE_BASE + "chi-so-chua-dang-ky|" + VERSION;

    private FhirMeasures() {}
}
