package vn.dxhub.alert;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When low completeness before a deadline is an alert, and when the console's deadline countdown turns red: both from the
 * same number of days, so what the console shows in red is what the alert announces.
 */
@Validated
@ConfigurationProperties(prefix = "hub.alerts.completeness")
public class CompletenessAlertSettings {

    /**
     * How many days before the deadline of the period due next the completeness of the provinces is watched (and the
     * console's countdown is red). 7 means from 28/11 for a report due before 05/12.
     */
    @Min(0)
    private int daysBefore = 7;

    /**
     * The share of expected province × indicator cells holding an official or provisional value, from 0 to 1, below which
     * the alert is raised inside that window. 0.9 means fewer than 90 of every 100 expected values.
     */
    @DecimalMin("0.0")
    @DecimalMax("1.0")
    private double threshold = 0.9;

    public int getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double threshold) {
        this.threshold = threshold;
    }
}
