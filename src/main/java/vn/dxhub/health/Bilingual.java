package vn.dxhub.health;

/** A message in Vietnamese and English. The hub writes its messages (run errors among them) as "tiếng Việt / English". */
public record Bilingual(String vi, String en) {

    /** Splits "tiếng Việt / English"; a message without the separator is the same in both. */
    public static Bilingual split(String message) {
        int at = message == null ? -1 : message.indexOf(" / ");
        return at < 0 ? new Bilingual(message, message) : new Bilingual(message.substring(0, at), message.substring(at + 3));
    }
}
