package vn.dxhub.alert;

import java.time.Instant;

/** An alert as the hub keeps it: open while {@code closedAt} is empty; announced when {@code notifiedAt} is set. */
public record AlertState(long id, String key, String kind, String source, String titleVi, String titleEn, String detailVi,
                         String detailEn, Instant openedAt, Instant lastSeenAt, Instant closedAt, Instant notifiedAt,
                         Instant recoveryNotifiedAt) {}
