package vn.dxhub.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A notice as people read it: a subject Vietnamese first, then a body in Vietnamese followed by English. */
final class NoticeText {

    // hubs run in Vietnam; operators read local time whatever the server's zone
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private NoticeText() {
    }

    static String subject(Notice notice) {
        List<AlertState> alerts = notice.alerts();
        AlertState first = alerts.get(0);
        String moreVi = alerts.size() > 1 ? " (và " + (alerts.size() - 1) + " cảnh báo khác)" : "";
        String moreEn = alerts.size() > 1 ? " (and " + (alerts.size() - 1) + " more)" : "";
        return "[DX Hub] " + notice.type().vi + ": " + first.titleVi() + moreVi + " / " + notice.type().en + ": " + first.titleEn() + moreEn;
    }

    static String vietnamese(Notice notice) {
        return lines(notice, notice.type().vi, true, "từ", "phục hồi");
    }

    static String english(Notice notice) {
        return lines(notice, notice.type().en, false, "since", "recovered");
    }

    private static String lines(Notice notice, String heading, boolean vi, String since, String recovered) {
        StringBuilder text = new StringBuilder(heading + " — " + notice.kind() + " (" + notice.alerts().size() + ")\n");
        for (AlertState alert : notice.alerts()) {
            String detail = vi ? alert.detailVi() : alert.detailEn();
            text.append("- ").append(vi ? alert.titleVi() : alert.titleEn());
            if (detail != null && !detail.isBlank()) {
                text.append(": ").append(detail);
            }
            text.append(" (").append(since).append(' ').append(time(alert.openedAt()));
            if (alert.closedAt() != null) {
                text.append(", ").append(recovered).append(' ').append(time(alert.closedAt()));
            }
            text.append(")\n");
        }
        return text.toString();
    }

    static String body(Notice notice) {
        return vietnamese(notice) + "\n---\n\n" + english(notice);
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
