package vn.dxhub.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell rule of the completeness grid and the deadline's countdown, without a database. */
class CellRuleTest {

    private static CurrentValue value(long id, String source, String status, String deliveryState, String reason) {
        return new CurrentValue(id, "1.4", "01", source, new BigDecimal("80." + id), status, 1, deliveryState, reason);
    }

    @Test
    void noValueIsMissing() {
        Cell cell = Cell.of("1.4", List.of());
        assertThat(cell.state()).isEqualTo(CellState.MISSING);
        assertThat(cell.state().complete()).isFalse();
        assertThat(cell.value()).isNull();
    }

    @Test
    void anOfficialFigureBeatsAProvisionalOneFromAnotherSource() {
        Cell cell = Cell.of("1.4", List.of(value(1, "bao-cao", "provisional", "delivered", null), value(2, "excel", "official", "pending", null)));
        assertThat(cell.state()).isEqualTo(CellState.OFFICIAL);
        assertThat(cell.value()).isEqualByComparingTo("80.2");
        assertThat(cell.source()).isEqualTo("excel");
        assertThat(cell.state().complete()).isTrue();
    }

    @Test
    void aProvisionalEstimateCountsAsComplete() {
        Cell cell = Cell.of("1.4", List.of(value(1, "lgsp", "provisional", "pending", null)));
        assertThat(cell.state()).isEqualTo(CellState.PROVISIONAL);
        assertThat(cell.state().complete()).isTrue();
    }

    @Test
    void aRejectedOfficialFigureDoesNotCountWhenAProvisionalOneWasAccepted() {
        Cell cell = Cell.of("1.4", List.of(value(1, "lgsp", "official", "rejected", "vượt 100%"), value(2, "excel", "provisional", "delivered", null)));
        assertThat(cell.state()).isEqualTo(CellState.PROVISIONAL);
        assertThat(cell.source()).isEqualTo("excel");
    }

    @Test
    void onlyRejectedValuesMakeARejectedCellWithTheLatestReason() {
        Cell cell = Cell.of("1.4", List.of(value(1, "lgsp", "official", "rejected", "lý do cũ"), value(3, "excel", "official", "rejected", "vượt 100%")));
        assertThat(cell.state()).isEqualTo(CellState.REJECTED);
        assertThat(cell.reason()).isEqualTo("vượt 100%");
        assertThat(cell.state().complete()).isFalse();
    }

    @Test
    void theDeadlineIsTheStartOfTheDueDayInTheCalendarsZone() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        // 25/11/2026 20:00 in Hà Nội; due before 05/12/2026 00:00 there: 9 days 4 hours
        Deadline deadline = Deadline.of("2026Q4", LocalDate.of(2026, 12, 5), hanoi, Instant.parse("2026-11-25T13:00:00Z"));
        assertThat(deadline.daysLeft()).isEqualTo(9);
        assertThat(deadline.hoursLeft()).isEqualTo(4);
        assertThat(deadline.passed()).isFalse();
        assertThat(Deadline.of("2026Q4", LocalDate.of(2026, 12, 5), hanoi, Instant.parse("2026-12-04T17:00:00Z")).passed()).isTrue();
    }
}
