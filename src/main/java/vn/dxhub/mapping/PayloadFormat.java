package vn.dxhub.mapping;

import java.util.List;

/**
 * How one mapping format reads payloads: bytes to a document, a document to the records the mapping selects,
 * and paths to field values. Implementations are stateless and shared; {@link #newReader()} gives a reader
 * for one thread.
 */
public interface PayloadFormat {

    /**
     * Parses a payload.
     *
     * @throws UnreadablePayloadException when the bytes are not in this format, or are cut short
     */
    ParsedPayload parse(byte[] body, String contentType);

    /** The records the mapping selects from a document this format parsed, in payload order. */
    List<SourceRecord> records(Mapping mapping, Object document);

    /** Why a path of a mapping is not valid in this format (for {@code records}, {@code from} and {@code fromDocument}); null when it is. */
    String pathProblem(String path);

    /** A field reader for one thread (compiled paths are cached in it). */
    FieldReader newReader();
}
