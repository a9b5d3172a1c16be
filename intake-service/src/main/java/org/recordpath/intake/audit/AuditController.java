package org.recordpath.intake.audit;

import java.time.Instant;
import java.util.UUID;
import org.recordpath.intake.accounts.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for admins (the API chain lets only ADMIN reach {@code /api/audit}). */
@RestController
class AuditController {
    private final AuditLog audit;
    private final Accounts accounts;

    AuditController(AuditLog audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping("/api/audit")
    AuditPage search(
            Authentication auth,
            @RequestParam(required = false) UUID patient,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + AuditQuery.DEFAULT_SIZE) int size) {
        AuditQuery query;
        try {
            query = new AuditQuery(patient, user, action, from, to, page, size);
        } catch (IllegalArgumentException e) {
            throw new BadAuditQueryException(e.getMessage());
        }
        AuditPage result = audit.search(query);
        audit.record(accounts.viewer(auth), AuditAction.READ_AUDIT, patient, null, AuditOutcome.ALLOWED);
        return result;
    }
}
