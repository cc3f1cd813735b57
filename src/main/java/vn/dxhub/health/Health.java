package vn.dxhub.health;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A connector's health as operations staff see it: a colour, its cause, and why in Vietnamese and English. */
public record Health(Colour colour, Cause cause, String reasonVi, String reasonEn) {

    /** Green: all is well; amber: look when you can; red: act now. */
    public enum Colour {
        GREEN, AMBER, RED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The colour named by its code (green, amber, red), or empty. */
        public static java.util.Optional<Colour> of(String code) {
            for (Colour c : values()) {
                if (c.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                    return java.util.Optional.of(c);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** What decided the colour. */
    public enum Cause {
        FAILED, STALE, PAUSED, NEVER_RAN, LONG_RUN, QUARANTINED, RUNNING, SUCCEEDED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static Health of(Cause cause, String vi, String en) {
        Colour colour = switch (cause) {
            case FAILED, STALE -> Colour.RED;
            case PAUSED, NEVER_RAN, LONG_RUN, QUARANTINED -> Colour.AMBER;
            case RUNNING, SUCCEEDED -> Colour.GREEN;
        };
        return new Health(colour, cause, vi, en);
    }
}
