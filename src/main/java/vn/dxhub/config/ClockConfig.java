package vn.dxhub.config;

import java.time.Clock;
import vn.dxhub.catalog.ReportingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the hub, in the time zone of the reporting calendar (mappings/calendar.yaml), where "today" is decided. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(ReportingCalendar calendar) {
        return Clock.system(calendar.timeZone());
    }
}
