package vn.dxhub.mapping;

import java.util.List;
import vn.dxhub.validation.Problem;

/** A payload after parsing: a document to take records from, or a whole document the hub will not read, with the reasons. */
public sealed interface ParsedPayload {

    /** A document in the mapping's format: a Jackson tree, a DOM document, ... as the format reads it. */
    record Readable(Object document) implements ParsedPayload {}

    /**
     * A document refused as a whole (an XML document declaring a DTD or entities, say): it is archived and
     * quarantined with these reasons, and nothing in it is read.
     */
    record Refused(List<Problem> reasons) implements ParsedPayload {}
}
