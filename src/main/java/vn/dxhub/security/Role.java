package vn.dxhub.security;

/**
 * What a signed-in person may do. Each role includes the ones before it: an operator also reads, an administrator
 * also operates.
 */
public enum Role {
    /** Reads everything: connectors, runs, quarantine, observations, deliveries, completeness, audit log. */
    VIEWER,
    /** Runs, pauses and resumes connectors, replays deliveries, corrects or discards quarantined records, uploads files. */
    OPERATOR,
    /** Manages users and reloads the configuration. */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
