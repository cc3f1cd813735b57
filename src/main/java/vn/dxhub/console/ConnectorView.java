package vn.dxhub.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.dxhub.health.Bilingual;
import vn.dxhub.health.ConnectorStatus;
import vn.dxhub.store.RunHistory.Run;

/** A connector's status as a console page shows it, in the reader's language and the hub's time zone. */
record ConnectorView(ConnectorStatus status, String colour, String reason, String lastError, String lastRunAt, String lastSuccessAt,
                     String nextFireAt, String pausedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static ConnectorView of(ConnectorStatus s, Locale locale, ZoneId zone) {
        boolean english = english(locale);
        Run last = s.lastRun();
        String error = last != null && last.failed() ? inLanguage(last.errorMessage(), locale) : null;
        return new ConnectorView(s, s.health().colour().code(), english ? s.health().reasonEn() : s.health().reasonVi(), error,
                time(last == null ? null : last.startedAt(), zone), time(s.lastSuccess() == null ? null : s.lastSuccess().endedAt(), zone),
                time(s.nextFire(), zone), time(s.pausedAt(), zone));
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.withZone(zone).format(at);
    }

    /** The reader's half of a message the hub wrote as "tiếng Việt / English". */
    static String inLanguage(String message, Locale locale) {
        Bilingual both = Bilingual.split(message);
        return english(locale) ? both.en() : both.vi();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
