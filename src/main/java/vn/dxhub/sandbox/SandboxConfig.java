package vn.dxhub.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingCalendar;

/** The pieces every simulator shares: fault plans, the call log, the filter that applies them, the report status rule. */
@SimulatorsEnabled
@Configuration(value = "sandboxConfig", proxyBeanMethods = false)
class SandboxConfig {

    @Bean
    SandboxFaults sandboxFaults() {
        return new SandboxFaults();
    }

    @Bean
    SandboxCalls sandboxCalls() {
        return new SandboxCalls();
    }

    @Bean
    FilterRegistrationBean<FaultInjector> sandboxFaultInjector(SandboxFaults faults, SandboxCalls calls,
            @Value("${hub.simulators.timeout-fault-ms:65000}") long timeoutFaultMs) {
        FilterRegistrationBean<FaultInjector> registration = new FilterRegistrationBean<>(new FaultInjector(faults, calls, timeoutFaultMs));
        registration.addUrlPatterns("/sandbox/*");
        registration.setName("sandboxFaultInjector");
        return registration;
    }

    @Bean
    ReportStatus sandboxReportStatus(ReportingCalendar calendar) {
        return new ReportStatus(calendar);
    }
}
