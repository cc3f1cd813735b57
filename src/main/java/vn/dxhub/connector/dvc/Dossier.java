package vn.dxhub.connector.dvc;

import java.time.LocalDate;

/** The fields of one dossier (hồ sơ) that the aggregates need, already converted. */
record Dossier(String unitId, LocalDate submittedAt, LocalDate dueDate, LocalDate resolvedAt, boolean online, boolean fullyOnline,
               String service) {}
