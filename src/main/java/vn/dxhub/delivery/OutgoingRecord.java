package vn.dxhub.delivery;

import vn.dxhub.observation.Observation;

/**
 * One revision on its way to the national system: its outbox row, the idempotency key the national system
 * de-duplicates on, and the value in the common schema v1 (with its revision number and source).
 */
public record OutgoingRecord(long deliveryId, String idempotencyKey, Observation observation) {}
