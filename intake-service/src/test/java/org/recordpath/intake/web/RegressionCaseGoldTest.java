package org.recordpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.intake.documents.DocumentStatus;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.intake.documents.PageView;
import org.recordpath.intake.processing.ReviewAction;
import org.recordpath.intake.processing.StoredFact;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;

class RegressionCaseGoldTest {
    private static final UUID DOCUMENT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    private final RegressionCase regressionCase = new RegressionCase(new RecordExtractor(List.of()));

    @Test
    void aLabCorrectedInAnotherUnitIsNotGoldAndARejectedFactIsATrap() {
        StoredFact hemoglobin = stored(1, lab("labs.hemoglobin", "8.4", "g/dL"), ReviewAction.CORRECTED, "84 g/L");
        StoredFact platelets = stored(2, lab("labs.platelets", "45", "10*9/L"), ReviewAction.REJECTED, null);
        StoredFact anc = stored(3, lab("labs.anc", "1.2", "10*9/L"), ReviewAction.CONFIRMED, null);

        ObjectNode gold = regressionCase.gold(
                view("application/pdf", "OCR"), "scan.pdf", List.of(hemoglobin, platelets, anc), NOW);

        assertThat(gold.at("/labs").has("hemoglobin_g_dl")).isFalse();
        assertThat(gold.at("/labs").has("platelets_10e9_l")).isFalse();
        assertThat(gold.at("/labs/anc_10e9_l/value").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(gold.at("/review/not_in_gold/0/field").asText()).isEqualTo("labs.hemoglobin");
        assertThat(gold.at("/traps/0").asText()).contains("labs.platelets").contains("rejected");
        assertThat(gold.at("/documents/0/format").asText()).isEqualTo("scanned-pdf");
        assertThat(gold.at("/documents/0/kind").asText()).isEqualTo("labs");
        assertThat(gold.at("/documents/0/date").asText()).isEqualTo("2026-03-31");
        assertThat(gold.at("/transfusion").isNull()).isTrue();
    }

    @Test
    void theFormatFollowsTheContentTypeAndTheReadMethods() {
        assertThat(RegressionCase.format(view("application/pdf", "TEXT_LAYER"))).isEqualTo("text-pdf");
        assertThat(RegressionCase.format(view("image/jpeg", "OCR"))).isEqualTo("photo-jpg");
        assertThat(RegressionCase.format(view("image/png", "OCR"))).isEqualTo("photo-png");
        assertThat(RegressionCase.format(view("application/fhir+json", "FHIR"))).isEqualTo("fhir-json");
        assertThat(RegressionCase.format(view("text/plain", "PLAIN_TEXT"))).isEqualTo("unknown");
    }

    @Test
    void theFileNameIsSafeAndNeverTheGold() {
        assertThat(RegressionCase.fileName("Lab résumé (1).pdf")).isEqualTo("Lab résumé _1_.pdf");
        assertThat(RegressionCase.fileName("gold.json")).isEqualTo("document_gold.json");
        assertThat(RegressionCase.fileName("..")).isEqualTo("document");
    }

    private static Fact lab(String field, String value, String unit) {
        return new Fact(
                field,
                new FactValue.Measured(new BigDecimal(value), unit, null),
                LocalDate.of(2026, 3, 31),
                new Provenance(DOCUMENT.toString(), 1, null, null, value + " " + unit, ReadMethod.OCR, 0.9),
                0.9,
                Context.AFFIRMED);
    }

    private static StoredFact stored(long id, Fact fact, ReviewAction action, String corrected) {
        return new StoredFact(
                id,
                DOCUMENT,
                fact,
                new StoredFact.Review(action, corrected, corrected == null ? null : "checked", "navigator", NOW));
    }

    private static DocumentView view(String contentType, String method) {
        return new DocumentView(
                DOCUMENT,
                UUID.randomUUID(),
                "scan.pdf",
                10,
                "00",
                contentType,
                DocumentStatus.DONE,
                null,
                null,
                1,
                List.of(new PageView(1, method, 0.9, 100)),
                1,
                NOW,
                NOW);
    }
}
