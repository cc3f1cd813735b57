package vn.dxhub.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.dxhub.store.ConnectorPauses;
import vn.dxhub.store.RunHistory.Run;

/** Each case of a connector's colour, one by one. */
class HealthRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration DAILY = Duration.ofDays(1);

    private final HealthRule rule = new HealthRule(3, ZoneId.of("Asia/Ho_Chi_Minh"));

    private static Run succeeded(long id, Instant started, Duration took, int quarantined) {
        return new Run(id, "lgsp-01", "schedule", "succeeded", started, started.plus(took), 2, 30, 30 - quarantined, 0, quarantined, "2026Q4", null, null);
    }

    private static Run failed(Instant started) {
        return new Run(9, "lgsp-01", "schedule", "failed", started, started.plusSeconds(5), 0, 0, 0, 0, 0, "", "permanent",
                "Cổng LGSP từ chối (HTTP 401) / the LGSP gateway refused (HTTP 401)");
    }

    private static Run running(Instant started) {
        return new Run(10, "lgsp-01", "manual", "running", started, null, 0, 0, 0, 0, 0, null, null, null);
    }

    private Health judge(ConnectorPauses.Pause pause, Duration interval, Run last, Run lastSuccess, Duration usual) {
        return rule.judge(new HealthRule.Facts(pause, interval, last, lastSuccess, usual), NOW);
    }

    @Test
    void aFailedLastRunIsRedWithItsErrorKindAndMessageInEachLanguage() {
        Run ok = succeeded(1, NOW.minusSeconds(3600), Duration.ofSeconds(30), 0);
        Health h = judge(null, DAILY, failed(NOW.minusSeconds(60)), ok, null);

        assertThat(h.colour()).isEqualTo(Health.Colour.RED);
        assertThat(h.cause()).isEqualTo(Health.Cause.FAILED);
        assertThat(h.reasonVi()).isEqualTo("Lần chạy gần nhất thất bại (permanent): Cổng LGSP từ chối (HTTP 401)");
        assertThat(h.reasonEn()).isEqualTo("The last run failed (permanent): the LGSP gateway refused (HTTP 401)");
    }

    @Test
    void noSuccessWithinThreeSchedulesIsStaleAndRed() {
        Run old = succeeded(1, NOW.minus(Duration.ofDays(3)).minusSeconds(120), Duration.ofSeconds(30), 0);
        Health h = judge(null, DAILY, old, old, null);

        assertThat(h.colour()).isEqualTo(Health.Colour.RED);
        assertThat(h.cause()).isEqualTo(Health.Cause.STALE);
        assertThat(h.reasonVi()).startsWith("Quá hạn: không có lần chạy thành công từ 22/11/2026 14:58").contains("3 chu kỳ lịch, 3d");
    }

    @Test
    void aSuccessJustWithinThreeSchedulesIsNotStale() {
        Run recent = succeeded(1, NOW.minus(Duration.ofDays(3)).plusSeconds(60), Duration.ofSeconds(30), 0);
        assertThat(judge(null, DAILY, recent, recent, null).colour()).isEqualTo(Health.Colour.GREEN);
    }

    @Test
    void aConnectorWithoutARecurringScheduleIsNeverStale() {
        Run years = succeeded(1, NOW.minus(Duration.ofDays(900)), Duration.ofSeconds(30), 0);
        assertThat(judge(null, null, years, years, null).colour()).isEqualTo(Health.Colour.GREEN);
    }

    @Test
    void aSuccessWithQuarantinedRecordsIsAmber() {
        Run last = succeeded(1, NOW.minusSeconds(600), Duration.ofSeconds(30), 4);
        Health h = judge(null, DAILY, last, last, null);

        assertThat(h.colour()).isEqualTo(Health.Colour.AMBER);
        assertThat(h.reasonEn()).isEqualTo("The last run succeeded but quarantined 4 records");
    }

    @Test
    void aRunLastingMoreThanTwiceTheUsualIsAmber() {
        Run ok = succeeded(1, NOW.minus(Duration.ofHours(5)), Duration.ofMinutes(2), 0);
        Health h = judge(null, DAILY, running(NOW.minus(Duration.ofMinutes(5))), ok, Duration.ofMinutes(2));

        assertThat(h.colour()).isEqualTo(Health.Colour.AMBER);
        assertThat(h.cause()).isEqualTo(Health.Cause.LONG_RUN);
        assertThat(h.reasonEn()).isEqualTo("Running for 5m, longer than usual (2m)");
    }

    @Test
    void aRunWithinItsUsualTimeIsGreen() {
        Run ok = succeeded(1, NOW.minus(Duration.ofHours(5)), Duration.ofMinutes(2), 0);
        assertThat(judge(null, DAILY, running(NOW.minus(Duration.ofMinutes(3))), ok, Duration.ofMinutes(2)).cause()).isEqualTo(Health.Cause.RUNNING);
    }

    @Test
    void aPausedConnectorIsAmberWithWhoPausedItAndIsNotCalledStale() {
        Run old = succeeded(1, NOW.minus(Duration.ofDays(30)), Duration.ofSeconds(30), 0);
        var pause = new ConnectorPauses.Pause("lgsp-01", "operator", Instant.parse("2026-11-20T01:30:00Z"), "nâng cấp cổng LGSP");
        Health h = judge(pause, DAILY, old, old, null);

        assertThat(h.colour()).isEqualTo(Health.Colour.AMBER);
        assertThat(h.reasonVi()).isEqualTo("Tạm dừng bởi operator lúc 20/11/2026 08:30: nâng cấp cổng LGSP");
    }

    @Test
    void aFailureOutranksAPause() {
        var pause = new ConnectorPauses.Pause("lgsp-01", "operator", NOW.minusSeconds(60), null);
        assertThat(judge(pause, DAILY, failed(NOW.minusSeconds(600)), null, null).colour()).isEqualTo(Health.Colour.RED);
    }

    @Test
    void aConnectorThatNeverRanIsAmber() {
        Health h = judge(null, DAILY, null, null, null);
        assertThat(h.colour()).isEqualTo(Health.Colour.AMBER);
        assertThat(h.reasonVi()).isEqualTo("Chưa chạy lần nào");
    }

    @Test
    void aCleanSuccessIsGreen() {
        Run last = succeeded(1, NOW.minusSeconds(600), Duration.ofSeconds(30), 0);
        assertThat(judge(null, DAILY, last, last, null)).isEqualTo(new Health(Health.Colour.GREEN, Health.Cause.SUCCEEDED,
                "Lần chạy gần nhất thành công", "The last run succeeded"));
    }

    @Test
    void theIntervalIsTheTimeBetweenTheCronsNextTwoFires() {
        assertThat(Schedules.interval("0 0 6 * * ?", NOW)).contains(DAILY);
        assertThat(Schedules.interval("0 */15 * * * ?", NOW)).contains(Duration.ofMinutes(15));
        assertThat(Schedules.interval("0 0 0 1 1 ? 2099", NOW)).isEmpty();
    }
}
