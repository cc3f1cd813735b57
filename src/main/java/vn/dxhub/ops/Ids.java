package vn.dxhub.ops;

/** A record id in a request path. */
final class Ids {

    private Ids() {}

    static long of(String name, String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, raw, name + " phải là số nguyên", name + " must be a whole number");
        }
    }
}
