package org.recordpath.intake.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recordpath.intake.accounts.AccountChangeRefusedException;
import org.recordpath.intake.accounts.AccountSummary;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.patients.PatientSummary;
import org.recordpath.intake.patients.Patients;

/**
 * What an admin changes: accounts (create, role, enable/disable) and who is assigned to which patient record. Every
 * change is audited (ALLOWED, or FAILED/DENIED with the reason's exception rethrown); the security chains let only
 * ADMIN reach the callers ({@code /api/admin/**}, {@code /admin/**}). Password hashes never leave {@code accounts}.
 */
class Administration {
    /** The roles that are assigned to patient records. */
    static final List<Role> ASSIGNABLE = List.of(Role.NAVIGATOR, Role.CLINICIAN);

    private final Accounts accounts;
    private final Patients patients;
    private final AuditLog audit;

    Administration(Accounts accounts, Patients patients, AuditLog audit) {
        this.accounts = accounts;
        this.patients = patients;
        this.audit = audit;
    }

    /** A patient record with the staff accounts assigned to it. */
    record PatientAssignments(PatientSummary patient, List<AccountSummary> assigned) {}

    List<AccountSummary> accounts() {
        return accounts.list();
    }

    AccountSummary create(Viewer admin, String username, String password, Role role, UUID patientId) {
        return audit.audited(admin, AuditAction.CREATE_ACCOUNT, patientId, username, () -> {
            if (patientId != null) {
                patients.require(admin, patientId);
            }
            NewAccount account;
            try {
                account = new NewAccount(username, password, role, role == Role.PATIENT ? patientId : null, false);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AccountChangeRefusedException(
                        e instanceof NullPointerException ? "a role is required" : e.getMessage());
            }
            return accounts.createByAdmin(account);
        });
    }

    AccountSummary changeRole(Viewer admin, String username, Role role) {
        return audit.audited(admin, AuditAction.CHANGE_ROLE, null, username + " " + role, () -> {
            if (role == null) {
                throw new AccountChangeRefusedException("a role is required");
            }
            return accounts.changeRole(admin, username, role);
        });
    }

    AccountSummary setEnabled(Viewer admin, String username, boolean enabled) {
        return audit.audited(
                admin,
                enabled ? AuditAction.ENABLE_ACCOUNT : AuditAction.DISABLE_ACCOUNT,
                null,
                username,
                () -> accounts.setEnabled(admin, username, enabled));
    }

    List<PatientAssignments> allAssignments(Viewer admin) {
        Map<UUID, AccountSummary> byId =
                accounts.list().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return patients.visibleTo(admin).stream()
                .map(p -> new PatientAssignments(p, assigned(p.id(), byId)))
                .toList();
    }

    /** Who is assigned to a patient record; audited as {@code READ_ASSIGNMENTS}. */
    PatientAssignments readAssignments(Viewer admin, UUID patientId) {
        return audit.audited(admin, AuditAction.READ_ASSIGNMENTS, patientId, null, () -> assignments(admin, patientId));
    }

    private PatientAssignments assignments(Viewer admin, UUID patientId) {
        PatientSummary patient = patients.require(admin, patientId);
        Map<UUID, AccountSummary> byId =
                accounts.list().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return new PatientAssignments(patient, assigned(patientId, byId));
    }

    /** Assigns a NAVIGATOR or CLINICIAN account to a patient record; assigning twice changes nothing. */
    PatientAssignments assign(Viewer admin, UUID patientId, String username) {
        audit.audited(admin, AuditAction.ASSIGN, patientId, username, () -> {
            patients.require(admin, patientId);
            AccountSummary account = accounts.summary(username);
            if (!ASSIGNABLE.contains(account.role())) {
                throw new AccountChangeRefusedException("only navigators and clinicians are assigned to patients");
            }
            return patients.assign(account.id(), patientId);
        });
        return assignments(admin, patientId);
    }

    PatientAssignments unassign(Viewer admin, UUID patientId, String username) {
        audit.audited(admin, AuditAction.UNASSIGN, patientId, username, () -> {
            patients.require(admin, patientId);
            return patients.unassign(accounts.summary(username).id(), patientId);
        });
        return assignments(admin, patientId);
    }

    private Map<UUID, AccountSummary> accountsById() {
        return accounts.list().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    private List<AccountSummary> assigned(UUID patientId, Map<UUID, AccountSummary> byId) {
        return patients.assignedAccounts(patientId).stream()
                .map(byId::get)
                .filter(a -> a != null && ASSIGNABLE.contains(a.role()))
                .toList();
    }
}
