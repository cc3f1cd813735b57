package vn.dxhub.store;

/** What storing one observation did. */
public enum StoreOutcome {
    /** First value for its (indicator, unit, period, source): revision 1. */
    CREATED,
    /** A different value or status than the current one: a new revision, the old one kept. */
    REVISED,
    /** The same value and status as the current one: nothing written. */
    UNCHANGED
}
