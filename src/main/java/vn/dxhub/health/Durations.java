package vn.dxhub.health;

import java.time.Duration;

/** Durations as people read them in both languages: "2d 3h", "1h 5m", "42s". */
final class Durations {

    private Durations() {}

    static String text(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 86_400) {
            return s / 86_400 + "d" + (s % 86_400 >= 3600 ? " " + s % 86_400 / 3600 + "h" : "");
        }
        if (s >= 3600) {
            return s / 3600 + "h" + (s % 3600 >= 60 ? " " + s % 3600 / 60 + "m" : "");
        }
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 > 0 ? " " + s % 60 + "s" : "");
        }
        return s + "s";
    }
}
