package vn.dxhub.sandbox;

import jakarta.servlet.DispatcherType;
import java.util.List;
import vn.dxhub.config.HubProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnits;

/** The pieces every simulator shares: fault plans, the call log, the filter that applies them, the report status rule. */
@SimulatorsEnabled
@Configuration(value = "sandboxConfig", proxyBeanMethods = false)
class SandboxConfig {

    @Bean
    SandboxFaults sandboxFaults(HubProperties properties) {
        SandboxFaults faults = new SandboxFaults();
        double badRecordRate = properties.getSimulators().getBadRecordRate();
        if (badRecordRate > 0) {
            for (String simulator : List.of(LgspController.SIMULATOR, DvcController.SIMULATOR, ReportingSystemController.SIMULATOR,
                    FhirController.SIMULATOR, NationalController.SIMULATOR)) {
                faults.set(simulator, new FaultPlan(0, 0, badRecordRate, List.of()));
            }
        }
        return faults;
    }

    @Bean
    SandboxCalls sandboxCalls() {
        return new SandboxCalls();
    }

    @Bean
    FilterRegistrationBean<FaultInjector> sandboxFaultInjector(SandboxFaults faults, SandboxCalls calls,
            HubProperties properties) {
        long timeoutFaultMs = properties.getSimulators().getTimeoutFaultMs();
        FilterRegistrationBean<FaultInjector> registration = new FilterRegistrationBean<>(new FaultInjector(faults, calls, timeoutFaultMs));
        registration.addUrlPatterns("/sandbox/*");
        // forwards too: the NDXP exchange forwards accepted calls to the simulator of the providing system
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        registration.setName("sandboxFaultInjector");
        return registration;
    }

    @Bean
    ReportStatus sandboxReportStatus(ReportingCalendar calendar) {
        return new ReportStatus(calendar);
    }

    @Bean
    ProvinceReporters sandboxProvinceReporters(ReportingUnits units, ReportStatus status) {
        return new ProvinceReporters(units, status);
    }
}
