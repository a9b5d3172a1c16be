package org.recordpath.intake.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as the admin pages list it: no password hash.
 *
 * @param patientId the patient record a PATIENT account is bound to; null for other roles
 * @param locked whether sign-in is throttled for the username right now ({@link LoginThrottle})
 */
public record AccountSummary(
        UUID id,
        String username,
        Role role,
        UUID patientId,
        boolean demo,
        boolean enabled,
        boolean locked,
        Instant createdAt) {}
