package org.recordpath.intake.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A filter over the audit trail; null fields do not filter. {@code from} is inclusive, {@code to} exclusive.
 *
 * @param page zero-based page, newest events first
 * @param size events per page, 1..{@value #MAX_SIZE}
 */
public record AuditQuery(
        UUID patientId, String actor, AuditAction action, Instant from, Instant to, int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE);
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** A filter without an action. */
    public AuditQuery(UUID patientId, String actor, Instant from, Instant to, int page, int size) {
        this(patientId, actor, null, from, to, page, size);
    }
}
