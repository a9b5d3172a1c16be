package org.recordpath.intake.accounts;

import java.time.Instant;
import java.util.UUID;

/** An account as the admin pages list it: no password hash. */
public record AccountSummary(UUID id, String username, Role role, boolean demo, boolean enabled, Instant createdAt) {}
