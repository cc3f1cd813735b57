package vn.dxhub.ops;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingCalendar;

/** Words the next reporting deadline for operations staff, in Vietnamese. */
@Component("deadlineReminder")
class DeadlineReminder {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportingCalendar calendar;

    DeadlineReminder(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    public String todayMessage() {
        return messageFor(calendar.today());
    }

    String messageFor(LocalDate today) {
        Period due = calendar.nextDue(today);
        LocalDate dueBefore = calendar.windowOf(due).dueBefore();
        return "Kỳ báo cáo " + due.id() + " hạn nộp trước ngày " + VN_DATE.format(dueBefore)
                + ", còn " + calendar.daysLeft(due, today) + " ngày (kỳ hiện tại: " + calendar.periodOf(today).id() + ")";
    }
}
