package org.recordpath.intake.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.Corpus;
import org.recordpath.intake.IntakeTest;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.fact.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntakeTest
class ReviewQueueTest {
    @Autowired
    ReviewQueue reviews;

    @Autowired
    StoredFacts facts;

    @Autowired
    Documents documents;

    @Autowired
    Patients patients;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCorrectionIsANewAttributedVersionAndTheProfileFactsUseReviewedValues() throws Exception {
        Viewer navigator = account(Role.NAVIGATOR);
        UUID patient = patients.create(navigator, null).id();
        UUID document = doneDocument(navigator, patient);
        tx.executeWithoutResult(s -> facts.replace(document, patient, List.of(hemoglobin(document), flag(document))));
        List<StoredFact> stored = facts.ofDocument(document);
        long hb = stored.get(0).id();
        long flag = stored.get(1).id();

        assertThat(reviews.queue(navigator))
                .extracting(ReviewQueue.Item::documentId)
                .contains(document);

        reviews.review(navigator, document, hb, ReviewAction.CORRECTED, "9.0 g/dL", "the scan reads 9.0");
        reviews.review(navigator, document, flag, ReviewAction.REJECTED, null, null);

        List<StoredFact> after = facts.ofDocument(document);
        assertThat(after.get(0).fact().value()).isEqualTo(hemoglobin(document).value());
        assertThat(after.get(0).review().action()).isEqualTo(ReviewAction.CORRECTED);
        assertThat(after.get(0).review().reviewer()).isEqualTo(navigator.username());
        assertThat(after.get(0).review().reason()).isEqualTo("the scan reads 9.0");
        List<Fact> profileFacts = facts.ofPatient(patient);
        assertThat(profileFacts).hasSize(1);
        assertThat(((FactValue.Measured) profileFacts.get(0).value()).value()).isEqualByComparingTo("9.0");
        assertThat(reviews.open(navigator, document).reviewed()).isTrue();
        assertThat(reviews.queue(navigator))
                .extracting(ReviewQueue.Item::documentId)
                .doesNotContain(document);

        reviews.review(navigator, document, hb, ReviewAction.CONFIRMED, null, null);
        assertThat(((FactValue.Measured) facts.ofPatient(patient).get(0).value()).value())
                .isEqualByComparingTo("8.1");
    }

    @Test
    void aCorrectionNeedsAReasonAndAValueOfTheFactsKind() throws Exception {
        Viewer navigator = account(Role.NAVIGATOR);
        UUID patient = patients.create(navigator, null).id();
        UUID document = doneDocument(navigator, patient);
        tx.executeWithoutResult(s -> facts.replace(document, patient, List.of(hemoglobin(document))));
        long hb = facts.ofDocument(document).get(0).id();

        assertThatThrownBy(() -> reviews.review(navigator, document, hb, ReviewAction.CORRECTED, "9.0", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.review(navigator, document, hb, ReviewAction.CORRECTED, "nine", "typo"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(facts.ofDocument(document).get(0).reviewed()).isFalse();
    }

    @Test
    void onlyNavigatorsAndAdminsReview() {
        Viewer clinician = account(Role.CLINICIAN);

        assertThatThrownBy(() -> reviews.queue(clinician)).isInstanceOf(AccessDeniedException.class);
    }

    private Viewer account(Role role) {
        return accounts.create(
                new NewAccount("review-" + UUID.randomUUID().toString().substring(0, 8), "demo", role, null, false));
    }

    private static Fact hemoglobin(UUID document) {
        return new Fact(
                "labs.hemoglobin",
                new FactValue.Measured(new BigDecimal("8.1"), "g/dL", null),
                LocalDate.of(2026, 3, 31),
                new Provenance(
                        document.toString(),
                        1,
                        new Span(10, 22),
                        new Box(5, 6, 70, 8),
                        "Hgb 8.1 g/dL",
                        ReadMethod.OCR,
                        0.91),
                0.9,
                Context.AFFIRMED);
    }

    private static Fact flag(UUID document) {
        return new Fact(
                "clinical.transplantCandidate",
                new FactValue.Flag(false),
                null,
                new Provenance(document.toString(), 2, null, null, "not a candidate", ReadMethod.TEXT_LAYER, 1),
                0.7,
                Context.AFFIRMED);
    }

    private UUID doneDocument(Viewer viewer, UUID patient) throws Exception {
        try (InputStream in = Files.newInputStream(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))) {
            UUID id = documents.upload(viewer, patient, "report.pdf", in).id();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!documents.view(viewer, id).status().name().equals("DONE")) {
                assertThat(System.nanoTime()).as("document done in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            return id;
        }
    }
}
