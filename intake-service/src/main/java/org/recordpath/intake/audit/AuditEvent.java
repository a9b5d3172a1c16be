package org.recordpath.intake.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit row. It names records by id only and never holds health data.
 *
 * @param actor the username given (for a failed sign-in, whatever was typed, possibly no account)
 * @param role the actor's role when known
 * @param patientId the patient record concerned, when there is one
 * @param targetId the document (or, for a refused request, the method and path) concerned
 */
public record AuditEvent(
        long id,
        Instant at,
        String actor,
        String role,
        AuditAction action,
        UUID patientId,
        String targetId,
        String remoteAddress,
        AuditOutcome outcome) {}
