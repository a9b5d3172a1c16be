package org.recordpath.intake.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.AccountSummary;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin JSON API (the API chain lets only ADMIN reach {@code /api/admin/**}); every change is audited. */
@RestController
@RequestMapping("/api/admin")
class AdminApi {
    private final Administration administration;
    private final Accounts accounts;

    AdminApi(Administration administration, Accounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    /** @param patientId the patient record of a PATIENT account; omitted for other roles */
    record NewAccountRequest(String username, String password, Role role, UUID patientId) {}

    record RoleRequest(Role role) {}

    record Assigned(String username, Role role) {}

    record Assignments(UUID patientId, List<Assigned> assigned) {
        static Assignments of(Administration.PatientAssignments a) {
            return new Assignments(
                    a.patient().id(),
                    a.assigned().stream()
                            .map(s -> new Assigned(s.username(), s.role()))
                            .toList());
        }
    }

    @GetMapping("/accounts")
    List<AccountSummary> accounts() {
        return administration.accounts();
    }

    @PostMapping("/accounts")
    ResponseEntity<AccountSummary> create(Authentication auth, @RequestBody NewAccountRequest body) {
        AccountSummary created = administration.create(
                accounts.viewer(auth), body.username(), body.password(), body.role(), body.patientId());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + created.username()))
                .body(created);
    }

    @PostMapping("/accounts/{username}/role")
    AccountSummary role(Authentication auth, @PathVariable String username, @RequestBody RoleRequest body) {
        return administration.changeRole(accounts.viewer(auth), username, body.role());
    }

    @PostMapping("/accounts/{username}/disable")
    AccountSummary disable(Authentication auth, @PathVariable String username) {
        return administration.setEnabled(accounts.viewer(auth), username, false);
    }

    @PostMapping("/accounts/{username}/enable")
    AccountSummary enable(Authentication auth, @PathVariable String username) {
        return administration.setEnabled(accounts.viewer(auth), username, true);
    }

    @GetMapping("/patients/{patientId}/assignments")
    Assignments assignments(Authentication auth, @PathVariable UUID patientId) {
        return Assignments.of(administration.readAssignments(accounts.viewer(auth), patientId));
    }

    @PostMapping("/patients/{patientId}/assignments/{username}")
    Assignments assign(Authentication auth, @PathVariable UUID patientId, @PathVariable String username) {
        return Assignments.of(administration.assign(accounts.viewer(auth), patientId, username));
    }

    @DeleteMapping("/patients/{patientId}/assignments/{username}")
    Assignments unassign(Authentication auth, @PathVariable UUID patientId, @PathVariable String username) {
        return Assignments.of(administration.unassign(accounts.viewer(auth), patientId, username));
    }
}
