package org.recordpath.intake.guidance;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.documents.DocumentStatus;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.DocumentProcessed;
import org.recordpath.intake.processing.FactsReviewed;
import org.recordpath.intake.processing.StoredFacts;
import org.recordpath.model.profile.ClinicalProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's profile and guidance, computed on read from the facts of its DONE documents with the current pack;
 * after each processed document a snapshot of the guidance is kept with the pack version it used.
 */
public class PatientGuidance {
    private static final Logger log = LoggerFactory.getLogger(PatientGuidance.class);

    private final Patients patients;
    private final StoredFacts facts;
    private final RecordExtractor extractor;
    private final GuidanceEngine engine;
    private final GuidanceSnapshotRepository snapshots;
    private final AuditLog audit;
    private final Clock clock;
    private final Timer evaluation;

    PatientGuidance(
            Patients patients,
            StoredFacts facts,
            RecordExtractor extractor,
            GuidanceEngine engine,
            GuidanceSnapshotRepository snapshots,
            AuditLog audit,
            Clock clock,
            MeterRegistry registry) {
        this.evaluation = Timer.builder("recordpath.guidance")
                .description("Time to reconcile a patient's facts into a profile and evaluate the guidance")
                .register(registry);
        this.patients = patients;
        this.facts = facts;
        this.extractor = extractor;
        this.engine = engine;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's profile; the read (or its refusal) is recorded in the audit trail. */
    public ClinicalProfile profile(Viewer viewer, UUID patientId) {
        return audit.audited(viewer, AuditAction.READ_PROFILE, patientId, null, () -> {
            patients.require(viewer, patientId);
            return profileOf(patientId);
        });
    }

    /** The patient's guidance; the read (or its refusal) is recorded in the audit trail. */
    public GuidanceReport guidance(Viewer viewer, UUID patientId) {
        return audit.audited(viewer, AuditAction.READ_GUIDANCE, patientId, null, () -> {
            patients.require(viewer, patientId);
            return evaluation.record(() -> engine.evaluate(profileOf(patientId)));
        });
    }

    @EventListener
    @Transactional
    void onProcessed(DocumentProcessed processed) {
        if (processed.status() != DocumentStatus.DONE) {
            return;
        }
        snapshot(processed.patientId());
    }

    /** Guidance is re-run after a review, since the profile uses reviewed values. */
    @EventListener
    @Transactional
    void onReviewed(FactsReviewed reviewed) {
        snapshot(reviewed.patientId());
    }

    private void snapshot(UUID patientId) {
        try {
            GuidanceReport report = evaluation.record(() -> engine.evaluate(profileOf(patientId)));
            snapshots.save(new GuidanceSnapshot(
                    patientId,
                    report.guideline().pack(),
                    report.guideline().version(),
                    ContractJson.mapper().writeValueAsString(report),
                    Instant.now(clock)));
        } catch (JsonProcessingException | RuntimeException e) {
            log.error("guidance snapshot for patient {} could not be stored", patientId, e);
        }
    }

    private ClinicalProfile profileOf(UUID patientId) {
        return extractor.reconcile(facts.ofPatient(patientId));
    }
}
