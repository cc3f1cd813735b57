package vn.dxhub.connector.dvc;

import java.util.HashSet;
import java.util.Set;

/**
 * Running counts of dossiers for one unit and period. Small and fixed in size whatever the number of
 * dossiers (the only set holds service codes, bounded by the services a province offers), so a quarter
 * with millions of dossiers aggregates in constant memory.
 */
final class DossierTally {

    long total;
    long fullyOnline;
    long resolvedWithDueDate;
    long resolvedOnTime;
    final Set<String> servicesWithDossiers = new HashSet<>();

    void add(Dossier d) {
        total++;
        if (d.fullyOnline()) {
            fullyOnline++;
        }
        // a dossier without a due date cannot be judged on time or late, so it stays out of that share
        if (d.resolvedAt() != null && d.dueDate() != null) {
            resolvedWithDueDate++;
            if (!d.resolvedAt().isAfter(d.dueDate())) {
                resolvedOnTime++;
            }
        }
        if (d.online() && d.service() != null) {
            servicesWithDossiers.add(d.service());
        }
    }

    void addAll(DossierTally page) {
        total += page.total;
        fullyOnline += page.fullyOnline;
        resolvedWithDueDate += page.resolvedWithDueDate;
        resolvedOnTime += page.resolvedOnTime;
        servicesWithDossiers.addAll(page.servicesWithDossiers);
    }
}
