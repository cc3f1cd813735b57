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
    long submittedOnline;
    long fullyOnline;
    long resolved;
    long resolvedOnTime;
    final Set<String> servicesWithDossiers = new HashSet<>();

    void add(Dossier d) {
        total++;
        if (d.online()) {
            submittedOnline++;
        }
        if (d.fullyOnline()) {
            fullyOnline++;
        }
        if (d.resolvedAt() != null) {
            resolved++;
            if (d.dueDate() == null || !d.resolvedAt().isAfter(d.dueDate())) {
                resolvedOnTime++;
            }
        }
        if (d.online() && d.service() != null) {
            servicesWithDossiers.add(d.service());
        }
    }

    void addAll(DossierTally page) {
        total += page.total;
        submittedOnline += page.submittedOnline;
        fullyOnline += page.fullyOnline;
        resolved += page.resolved;
        resolvedOnTime += page.resolvedOnTime;
        servicesWithDossiers.addAll(page.servicesWithDossiers);
    }
}
