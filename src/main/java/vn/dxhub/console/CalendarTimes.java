package vn.dxhub.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.ReportingCalendar;

/** Instants as operations staff read them: dd/MM/yyyy HH:mm in the reporting calendar's time zone (templates: @calendarTimes). */
@Component("calendarTimes")
class CalendarTimes {

    private final DateTimeFormatter format;

    CalendarTimes(ReportingCalendar calendar) {
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(calendar.timeZone());
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
