package vn.dxhub.delivery;

import java.util.Locale;

/**
 * The national system's answer for one record, as in DHIS2's import summary: a new value (accepted), a changed value
 * (updated), the value it already held (unchanged), or refused with a reason (rejected). Only a rejection is not delivered.
 */
public enum RecordOutcome {
    ACCEPTED, UPDATED, UNCHANGED, REJECTED;

    /** The word on the wire and in the delivery_receipt table. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordOutcome ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
