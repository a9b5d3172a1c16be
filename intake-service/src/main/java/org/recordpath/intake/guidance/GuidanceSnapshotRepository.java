package org.recordpath.intake.guidance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceSnapshotRepository extends JpaRepository<GuidanceSnapshot, UUID> {
    List<GuidanceSnapshot> findByPatientIdOrderByCreatedAtDesc(UUID patientId);
}
