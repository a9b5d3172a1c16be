package org.recordpath.model.fact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a document says about the patient: a value for one field of the profile contract, as of a date (the
 * specimen or result date where given, else the report date), with provenance, confidence and context.
 *
 * @param field the contract path, e.g. {@code labs.hemoglobin}, {@code mutations}, {@code negativeGenes},
 *     {@code clinical.transplantCandidate} (see {@link Fields})
 * @param asOf null only when the document carries no date at all
 * @param confidence 0..1: how sure the extractor is (OCR confidence times pattern confidence)
 */
public record Fact(
        String field, FactValue value, LocalDate asOf, Provenance provenance, double confidence, Context context) {
    public Fact {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "a fact with no source is a bug");
        Objects.requireNonNull(context, "context");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }

    /** True when the fact is about the patient's own current state and may feed the profile. */
    public boolean isAffirmed() {
        return context == Context.AFFIRMED;
    }
}
