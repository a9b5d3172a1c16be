package org.recordpath.intake.patients;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient records and the one rule of who sees which: a PATIENT account its bound record, a NAVIGATOR or CLINICIAN
 * the records assigned to them, an ADMIN all. Every lookup for a caller goes through {@link #require}.
 */
public class Patients {
    private final PatientRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    Patients(PatientRepository repository, JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a patient record and assigns its creator to it. */
    @Transactional
    public PatientSummary create(Viewer creator, String displayName) {
        Patient patient = repository.saveAndFlush(new Patient(UUID.randomUUID(), displayName, Instant.now(clock)));
        PatientSummary summary = patient.summary();
        if (creator != null) {
            assign(creator.accountId(), summary.id());
        }
        return summary;
    }

    /** Assigns an account to a patient record; assigning twice changes nothing. Returns whether it was new. */
    @Transactional
    public boolean assign(UUID accountId, UUID patientId) {
        if (assignedTo(accountId).contains(patientId)) {
            return false;
        }
        jdbc.sql("INSERT INTO patient_assignment (account_id, patient_id, assigned_at) VALUES (?, ?, ?)")
                .params(accountId, patientId, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        return true;
    }

    /** Removes an assignment; returns whether there was one. */
    @Transactional
    public boolean unassign(UUID accountId, UUID patientId) {
        return jdbc.sql("DELETE FROM patient_assignment WHERE account_id = ? AND patient_id = ?")
                        .params(accountId, patientId)
                        .update()
                > 0;
    }

    /** The accounts assigned to a patient record, earliest assignment first. */
    @Transactional(readOnly = true)
    public List<UUID> assignedAccounts(UUID patientId) {
        return jdbc.sql(
                        "SELECT account_id FROM patient_assignment WHERE patient_id = ? ORDER BY assigned_at, account_id")
                .param(patientId)
                .query(UUID.class)
                .list();
    }

    /** The patient if the caller may see it; otherwise, and when it does not exist, {@link PatientNotFoundException}. */
    @Transactional(readOnly = true)
    public PatientSummary require(Viewer viewer, UUID patientId) {
        if (!maySee(viewer, patientId)) {
            throw new PatientNotFoundException(patientId);
        }
        return repository
                .findById(patientId)
                .map(Patient::summary)
                .orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    @Transactional(readOnly = true)
    public boolean maySee(Viewer viewer, UUID patientId) {
        if (viewer.is(Role.ADMIN)) {
            return true;
        }
        if (viewer.is(Role.PATIENT)) {
            return patientId.equals(viewer.patientId());
        }
        return assignedTo(viewer.accountId()).contains(patientId);
    }

    /** The records the caller may see, oldest first; audited as {@code LIST_PATIENTS} (#11). */
    @Transactional(readOnly = true)
    public List<PatientSummary> visibleTo(Viewer viewer) {
        return audit.audited(viewer, AuditAction.LIST_PATIENTS, null, null, () -> listFor(viewer));
    }

    private List<PatientSummary> listFor(Viewer viewer) {
        List<Patient> patients;
        if (viewer.is(Role.ADMIN)) {
            patients = repository.findAllByOrderByCreatedAtAsc();
        } else if (viewer.is(Role.PATIENT)) {
            patients = repository.findByIdInOrderByCreatedAtAsc(List.of(viewer.patientId()));
        } else {
            patients = repository.findByIdInOrderByCreatedAtAsc(assignedTo(viewer.accountId()));
        }
        return patients.stream().map(Patient::summary).toList();
    }

    private List<UUID> assignedTo(UUID accountId) {
        return jdbc.sql("SELECT patient_id FROM patient_assignment WHERE account_id = ?")
                .param(accountId)
                .query(UUID.class)
                .list();
    }
}
