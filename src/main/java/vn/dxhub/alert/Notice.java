package vn.dxhub.alert;

import java.util.List;

/** What one check announces about alerts of one kind: newly opened, still open (a reminder), or recovered. */
record Notice(Type type, String kind, List<AlertState> alerts) {

    enum Type {
        OPENED("Cảnh báo", "Alert"),
        REMINDER("Nhắc lại: vẫn còn cảnh báo", "Reminder: still alerting"),
        RECOVERED("Đã phục hồi", "Recovered");

        final String vi;
        final String en;

        Type(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }
}
