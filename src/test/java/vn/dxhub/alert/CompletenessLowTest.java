package vn.dxhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dxhub.completeness.CompletenessReport;
import vn.dxhub.completeness.CompletenessTestData;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.support.HubTestData;

/** The low-completeness alert on a fixed clock around the 2030Q4 deadline (due before 05/12/2030, Hà Nội time). */
@SpringBootTest
class CompletenessLowTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CompletenessReport report;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationStore store;

    @Autowired
    List<AlertCondition> conditions;

    @Autowired
    CompletenessAlertSettings defaults;

    @BeforeEach
    void seed() {
        HubTestData.clean(jdbc);
        CompletenessTestData.store(store, jdbc, "1.4", "04", "2030Q4", "70", ObservationStatus.OFFICIAL, "lgsp");
        CompletenessTestData.store(store, jdbc, "1.5", "04", "2030Q4", "60", ObservationStatus.PROVISIONAL, "lgsp");
        CompletenessTestData.reject(jdbc, CompletenessTestData.store(store, jdbc, "1.4", "08", "2030Q4", "120", ObservationStatus.OFFICIAL, "excel"));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), HANOI);
    }

    private CompletenessLow condition(String instant, int daysBefore, double threshold) {
        CompletenessAlertSettings settings = new CompletenessAlertSettings();
        settings.setDaysBefore(daysBefore);
        settings.setThreshold(threshold);
        return new CompletenessLow(report, settings, at(instant));
    }

    @Test
    void isOneAlertPerPeriodInsideTheWindowWhenProvincesAreBehind() {
        // 30/11/2030 10:00 in Hà Nội: 4 days 14 hours before the deadline
        List<Alert> alerts = condition("2030-11-30T03:00:00Z", 7, 0.9).active();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.key()).isEqualTo("completeness-low:2030Q4");
        assertThat(alert.kind()).isEqualTo("completeness-low");
        assertThat(alert.titleVi()).startsWith("Số liệu kỳ 2030Q4 mới đủ 0,2% (ngưỡng 90,0%), còn 4 ngày 14 giờ đến hạn nộp (trước 05/12/2030)");
        assertThat(alert.titleEn()).startsWith("Data for 2030Q4 only 0.2% complete (threshold 90.0%), 4 days 14 hours");
        // the rejected value of Tuyên Quang does not count; Hà Nội, with nothing, is named first
        assertThat(alert.detailVi()).startsWith("2/884 giá trị").contains("Thiếu nhiều nhất: Hà Nội 0/26").doesNotContain("Cao Bằng");
        assertThat(alert.detailEn()).contains("Furthest behind: Hà Nội 0/26");
        assertThat(condition("2030-11-30T03:00:00Z", 7, 0.9).active()).isEqualTo(alerts);
    }

    @Test
    void staysQuietBeforeTheWindowAndAfterTheDeadline() {
        // 27/11/2030 in Hà Nội: 8 days before
        assertThat(condition("2030-11-27T03:00:00Z", 7, 0.9).active()).isEmpty();
        assertThat(condition("2030-11-27T03:00:00Z", 8, 0.9).active()).hasSize(1);
        // 05/12/2030 08:00 in Hà Nội: 2030Q4 is over, 2031Q1 is due in April
        assertThat(condition("2030-12-05T01:00:00Z", 7, 0.9).active()).isEmpty();
    }

    @Test
    void staysQuietAtOrAboveTheThreshold() {
        assertThat(condition("2030-11-30T03:00:00Z", 7, 2.0 / 884).active()).isEmpty();
        assertThat(condition("2030-11-30T03:00:00Z", 7, 3.0 / 884).active()).hasSize(1);
    }

    @Test
    void isOneOfTheHubsAlertConditionsWithDocumentedDefaults() {
        assertThat(conditions).hasAtLeastOneElementOfType(CompletenessLow.class);
        assertThat(defaults.getDaysBefore()).isEqualTo(7);
        assertThat(defaults.getThreshold()).isEqualTo(0.9);
    }
}
