package vn.dxhub.mapping;

import java.time.Instant;

/** Where the records being mapped come from: system, connector, when fetched and the hash of their payload. */
public record SourceContext(String system, String connectorId, Instant fetchedAt, String payloadSha256) {}
