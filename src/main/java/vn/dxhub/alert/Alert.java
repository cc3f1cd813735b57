package vn.dxhub.alert;

/**
 * Something operations staff must act on, as one condition sees it now. {@code key} names the thing (for example
 * "connector-failing:lgsp-01"); the same key on every check is the same alert, still open, and is not announced again.
 * {@code kind} groups alerts of one sort into one notice ("connector-failing", "deliveries-dead", "completeness-low").
 * Titles and details are cut to what alert_state keeps (500 and 4000 characters): a source's long error text must
 * not keep its alert from being recorded and announced.
 */
public record Alert(String key, String kind, String titleVi, String titleEn, String detailVi, String detailEn) {

    public Alert {
        titleVi = cut(titleVi, 500);
        titleEn = cut(titleEn, 500);
        detailVi = cut(detailVi, 4000);
        detailEn = cut(detailEn, 4000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
