package vn.dxhub.sandbox;

/**
 * How a simulator spoils a record its fault plan makes bad, the ways real sources do: a value that is not a number,
 * a percent above 100, an indicator code the hub does not know, or a numerator above its denominator. The way is
 * drawn from the record's hash, so the same record is always spoiled the same way.
 */
enum SpoiledRecord {
    NOT_A_NUMBER, ABOVE_HUNDRED, UNKNOWN_CODE, IMPOSSIBLE_NUMERATOR;

    /** The value a percent above 100 is written as. */
    static final String ABOVE_HUNDRED_VALUE = "135,2";

    static SpoiledRecord of(long recordHash) {
        return values()[Mix.below(Mix.salt(recordHash, 3), values().length)];
    }
}
