package vn.dxhub.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LGSP gateways' own indicator codes (CT01..CT15) and the catalog indicator each one measures.
 * Public so that the hub's code crosswalk for LGSP (mappings/) can be written and checked against it.
 * All are percent indicators reported by quarter.
 */
public final class LgspIndicatorCodes {

    /**
     * One gateway code. The value is tuSo/mauSo*100, drawn between {@code lowPercent} and {@code highPercent}
     * with a denominator between {@code minDenominator} and {@code maxDenominator}.
     */
    public record Code(String lgspCode, String catalogCode, String name,
            double lowPercent, double highPercent, long minDenominator, long maxDenominator) {}

    public static final List<Code> CODES = List.of(
            new Code("CT01", "1.4", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến toàn trình", 30, 75, 20_000, 900_000),
            new Code("CT02", "1.1", "Tỷ lệ TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình", 60, 99, 1_200, 2_000),
            new Code("CT03", "1.2", "Tỷ lệ DVC trực tuyến được thiết kế lại, điền sẵn dữ liệu", 20, 80, 300, 700),
            new Code("CT04", "1.3", "Tỷ lệ người dùng DVC trực tuyến được định danh, xác thực điện tử", 50, 98, 10_000, 600_000),
            new Code("CT05", "1.5", "Tỷ lệ DVC trực tuyến phát sinh hồ sơ", 40, 90, 300, 700),
            new Code("CT06", "1.6", "Tỷ lệ người trưởng thành có điện thoại thông minh", 70, 95, 400_000, 7_000_000),
            new Code("CT07", "1.8", "Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử", 55, 90, 400_000, 7_000_000),
            new Code("CT08", "1.9", "Tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết TTHC", 80, 99, 1_000, 20_000),
            new Code("CT09", "2.1", "Tỷ lệ cơ quan tham gia mở dữ liệu", 30, 100, 20, 60),
            new Code("CT10", "3.1", "Tỷ lệ cơ quan cung cấp dịch vụ 24/7", 50, 100, 20, 60),
            new Code("CT11", "3.3", "Tỷ lệ hoạt động chỉ đạo, điều hành trên nền tảng số", 40, 95, 200, 2_000),
            new Code("CT12", "3.5.1", "Tỷ lệ hồ sơ công việc cấp tỉnh xử lý trên môi trường mạng", 70, 99, 10_000, 200_000),
            new Code("CT13", "3.6", "Tỷ lệ chế độ báo cáo thực hiện trên Hệ thống thông tin báo cáo", 60, 100, 50, 300),
            new Code("CT14", "4.1", "Tỷ lệ người dân có danh tính số kèm mã QR", 40, 90, 800_000, 9_000_000),
            new Code("CT15", "4.4", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", 50, 95, 800_000, 9_000_000));

    /** CTxx -> catalog indicator code, in gateway order. */
    public static final Map<String, String> TO_CATALOG = toCatalog();

    /** The code a gateway sends when it has a record for an indicator the hub does not know. */
    public static final String UNKNOWN_CODE = "CT99";

    private LgspIndicatorCodes() {}

    public static Optional<Code> find(String lgspCode) {
        return CODES.stream().filter(c -> c.lgspCode().equals(lgspCode)).findFirst();
    }

    private static Map<String, String> toCatalog() {
        Map<String, String> map = new LinkedHashMap<>();
        CODES.forEach(c -> map.put(c.lgspCode(), c.catalogCode()));
        return java.util.Collections.unmodifiableMap(map);
    }
}
