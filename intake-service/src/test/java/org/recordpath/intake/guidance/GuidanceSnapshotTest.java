package org.recordpath.intake.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.intake.Api;
import org.recordpath.intake.Corpus;
import org.recordpath.intake.IntakeTest;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;

@IntakeTest
class GuidanceSnapshotTest {
    @Autowired
    Documents documents;

    @Autowired
    Patients patients;

    @Autowired
    Accounts accounts;

    @Autowired
    GuidanceSnapshotRepository snapshots;

    @Autowired
    PatientGuidance guidance;

    @Test
    void eachProcessedDocumentLeavesASnapshotWithThePackItUsed() throws Exception {
        Viewer navigator = accounts.viewer("navigator").orElseThrow();
        UUID patient = patients.create(navigator, null).id();

        try (InputStream in = Files.newInputStream(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))) {
            documents.upload(navigator, patient, "report.pdf", in);
        }

        List<GuidanceSnapshot> taken = awaitSnapshot(patient);
        GuidanceReport current = guidance.guidance(navigator, patient);
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).pack()).isEqualTo(current.guideline().pack());
        assertThat(taken.get(0).packVersion()).isEqualTo(current.guideline().version());
        assertThat(ContractJson.mapper().readTree(taken.get(0).reportJson())).isEqualTo(Api.wire(current));
    }

    private List<GuidanceSnapshot> awaitSnapshot(UUID patient) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<GuidanceSnapshot> found = snapshots.findByPatientIdOrderByCreatedAtDesc(patient);
            if (!found.isEmpty()) {
                return found;
            }
            assertThat(System.nanoTime()).as("snapshot in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
