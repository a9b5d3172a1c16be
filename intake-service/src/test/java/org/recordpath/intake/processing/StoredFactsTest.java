package org.recordpath.intake.processing;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;

@IntakeTest
class StoredFactsTest {
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
    void factsRoundTripAsContractJsonAndAReRunReplacesThemInsteadOfAddingMore() throws Exception {
        Viewer navigator = accounts.create(new NewAccount(
                "facts-" + UUID.randomUUID().toString().substring(0, 8), "demo", Role.NAVIGATOR, null, false));
        UUID patient = patients.create(navigator, null).id();
        UUID document = doneDocument(navigator, patient);
        List<Fact> read = List.of(
                new Fact(
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
                        Context.AFFIRMED),
                new Fact(
                        "clinical.transplantCandidate",
                        new FactValue.Flag(false),
                        null,
                        new Provenance(document.toString(), 2, null, null, "not a candidate", ReadMethod.TEXT_LAYER, 1),
                        0.7,
                        Context.HYPOTHETICAL));

        tx.executeWithoutResult(s -> facts.replace(document, patient, read));
        tx.executeWithoutResult(s -> facts.replace(document, patient, read));

        assertThat(facts.countOfDocument(document)).isEqualTo(2);
        assertThat(facts.ofPatient(patient)).isEqualTo(read);
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
