package vn.dxhub.connector;

import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connector schedules run on Quartz with its JDBC job store in the hub database (tables created by
 * Flyway), clustered, so several hub instances fire each schedule once and triggers survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfig {

    /**
     * Camel's quartz: endpoints use the scheduler Spring Boot builds on the hub's data source, and the component starts
     * it once the Camel context has started, so every fire (a misfire of a schedule missed during downtime among the
     * first) finds the context and its connector routes.
     */
    @Bean("quartz")
    QuartzComponent quartzComponent(Scheduler scheduler) {
        QuartzComponent quartz = new QuartzComponent();
        quartz.setScheduler(scheduler);
        return quartz;
    }

    /**
     * Triggers already in the store keep their state (and their misfires) across restarts. Spring does not start the
     * scheduler itself: it would start before Camel, and a stored trigger fired then is lost ("No CamelContext could be
     * found"); Spring still stops and shuts it down with the application.
     */
    @Bean
    SchedulerFactoryBeanCustomizer clusteredJobStore() {
        return factory -> {
            factory.setAutoStartup(false);
            factory.setOverwriteExistingJobs(false);
            factory.setWaitForJobsToCompleteOnShutdown(true);
        };
    }
}
