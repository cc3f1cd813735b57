package vn.dxhub.mapping;

import java.util.List;
import vn.dxhub.validation.Problem;

/**
 * One record of a payload as its format selected it: the record itself, the document it belongs to (where
 * {@code fromDocument} fields are read), where it is in the payload ({@code #3}, a sheet and row, ...), and
 * the reasons the format already refuses it, if any (it is then quarantined without mapping).
 */
public record SourceRecord(Object data, Object document, String locator, List<Problem> refusal) {

    public SourceRecord {
        refusal = List.copyOf(refusal);
    }

    public static SourceRecord of(Object data, Object document, String locator) {
        return new SourceRecord(data, document, locator, List.of());
    }

    public boolean isRefused() {
        return !refusal.isEmpty();
    }
}
