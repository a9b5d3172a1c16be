package org.recordpath.intake.audit;

/** ALLOWED: done; DENIED: refused (not visible, role, locked, bad sign-in); FAILED: allowed but it did not work. */
public enum AuditOutcome {
    ALLOWED,
    DENIED,
    FAILED
}
