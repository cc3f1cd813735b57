package vn.dxhub.alert;

/**
 * Something operations staff must act on, as one condition sees it now. {@code key} names the thing (for example
 * "connector-failing:lgsp-01"); the same key on every check is the same alert, still open, and is not announced again.
 * {@code kind} groups alerts of one sort into one notice ("connector-failing", "deliveries-dead", "completeness-low").
 */
public record Alert(String key, String kind, String titleVi, String titleEn, String detailVi, String detailEn) {}
