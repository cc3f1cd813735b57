package vn.dxhub.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Provenance of a value: the source system, the connector instance, the record id there, when and in which payload it came. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationSource(String system, String connector, String recordId, Instant fetchedAt, String payloadSha256) {}
