package vn.dxhub.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The government reporting system's own indicator codes (CT-BC-01..08), the catalog indicator each one measures,
 * and the periodic report that carries it. Public so that the hub's crosswalk for the reporting system
 * (mappings/bao-cao/) can be checked against it. All are percent indicators reported by quarter.
 */
public final class ReportingSystemIndicators {

    /** The two periodic reports a province submits each quarter. */
    public enum Report {
        CPS("Báo cáo chỉ tiêu phát triển Chính phủ số, chính quyền số"),
        NLS("Báo cáo chỉ tiêu năng lực số của cán bộ, công chức");

        private final String title;

        Report(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One code; the value is numerator/denominator*100 drawn between the bounds, like the LGSP simulator's. */
    public record Code(String code, String catalogCode, String name, Report report, double lowPercent, double highPercent,
            long minDenominator, long maxDenominator) {}

    public static final List<Code> CODES = List.of(
            new Code("CT-BC-01", "3.2", "Tỷ lệ công chức được gắn định danh số trong xử lý công việc", Report.CPS, 60, 98, 2_000, 30_000),
            new Code("CT-BC-02", "3.4", "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, ký số chuyên dùng",
                    Report.CPS, 85, 99.5, 50_000, 900_000),
            new Code("CT-BC-03", "3.6", "Tỷ lệ công tác báo cáo thực hiện trên hệ thống thông tin báo cáo", Report.CPS, 60, 100, 50, 300),
            new Code("CT-BC-04", "3.7", "Tỷ lệ hồ sơ được tạo, lưu giữ, chia sẻ dữ liệu điện tử theo quy định", Report.CPS, 40, 95, 10_000, 400_000),
            new Code("CT-BC-05", "3.9", "Tỷ lệ hoạt động giám sát, kiểm tra thực hiện qua môi trường số", Report.NLS, 30, 85, 100, 2_000),
            new Code("CT-BC-06", "3.10", "Tỷ lệ cán bộ, công chức, viên chức được phổ cập kỹ năng số cơ bản", Report.NLS, 50, 98, 5_000, 80_000),
            new Code("CT-BC-07", "3.11", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu",
                    Report.NLS, 10, 60, 5_000, 80_000),
            new Code("CT-BC-08", "3.12", "Tỷ lệ nội dung đào tạo, thi tuyển, thi nâng ngạch thực hiện trực tuyến", Report.NLS, 20, 80, 50, 300));

    /** Code -> catalog indicator code. */
    public static final Map<String, String> TO_CATALOG = toCatalog();

    /** The code the reporting system sends for an indicator the hub does not know. */
    public static final String UNKNOWN_CODE = "CT-BC-99";

    private ReportingSystemIndicators() {}

    public static Optional<Code> find(String code) {
        return CODES.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    static List<Code> of(Report report) {
        return CODES.stream().filter(c -> c.report() == report).toList();
    }

    private static Map<String, String> toCatalog() {
        Map<String, String> map = new LinkedHashMap<>();
        CODES.forEach(c -> map.put(c.code(), c.catalogCode()));
        return java.util.Collections.unmodifiableMap(map);
    }
}
