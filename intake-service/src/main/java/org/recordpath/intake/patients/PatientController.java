package org.recordpath.intake.patients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/patients")
class PatientController {
    private final Patients patients;
    private final Accounts accounts;
    private final AuditLog audit;

    PatientController(Patients patients, Accounts accounts, AuditLog audit) {
        this.patients = patients;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** @param displayName a synthetic label for the record; no real names belong here */
    record NewPatient(
            @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*")
            String displayName) {}

    record Created(UUID id) {}

    @PostMapping
    ResponseEntity<Created> create(Authentication auth, @Valid @RequestBody(required = false) NewPatient body) {
        String name =
                body == null || body.displayName() == null || body.displayName().isBlank()
                        ? null
                        : body.displayName().strip();
        Viewer creator = accounts.viewer(auth);
        PatientSummary created;
        try {
            created = patients.create(creator, name);
        } catch (RuntimeException e) {
            audit.record(creator, AuditAction.CREATE_PATIENT, null, null, AuditOutcome.FAILED);
            throw e;
        }
        audit.record(creator, AuditAction.CREATE_PATIENT, created.id(), created.id(), AuditOutcome.ALLOWED);
        return ResponseEntity.created(URI.create("/api/patients/" + created.id()))
                .body(new Created(created.id()));
    }

    @GetMapping
    List<PatientSummary> visible(Authentication auth) {
        return patients.visibleTo(accounts.viewer(auth));
    }
}
