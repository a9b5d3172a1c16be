package org.recordpath.intake.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {
    List<Document> findByPatientIdOrderByUploadedAtDesc(UUID patientId);

    List<Document> findByPatientIdAndSha256OrderByUploadedAtAsc(UUID patientId, String sha256);
}
