package org.recordpath.model.fact;

import java.time.LocalDate;
import java.util.Objects;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Treatment;

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

    /**
     * The same fact as a navigator confirmed or corrected it: its provenance, and the provenance a value carries of
     * its own (variant, course, karyotype, reported score), marked reviewed, so that a reading that waited for review
     * may decide (#10).
     */
    public Fact reviewed() {
        return new Fact(field, reviewedValue(value), asOf, provenance.asReviewed(), confidence, context);
    }

    private static FactValue reviewedValue(FactValue v) {
        if (v instanceof FactValue.Variant x && x.mutation().provenance() != null) {
            Mutation m = x.mutation();
            return new FactValue.Variant(new Mutation(
                    m.gene(),
                    m.hgvsC(),
                    m.hgvsP(),
                    m.variantType(),
                    m.vafPct(),
                    m.classification(),
                    m.germline(),
                    m.provenance().asReviewed()));
        }
        if (v instanceof FactValue.Course x && x.treatment().provenance() != null) {
            Treatment t = x.treatment();
            return new FactValue.Course(new Treatment(
                    t.drug(),
                    t.rxnorm(),
                    t.start(),
                    t.end(),
                    t.cycles(),
                    t.bestResponse(),
                    t.stoppedReason(),
                    t.ongoing(),
                    t.provenance().asReviewed()));
        }
        if (v instanceof FactValue.Cytogenetics x && x.karyotype().provenance() != null) {
            KaryotypeFinding k = x.karyotype();
            return new FactValue.Cytogenetics(new KaryotypeFinding(
                    k.iscn(),
                    k.ipssrCategory(),
                    k.del5q(),
                    k.minus7OrDel7q(),
                    k.del17p(),
                    k.complex(),
                    k.isolatedDel5q(),
                    k.abnormalityCount(),
                    k.abnormalities(),
                    k.source(),
                    k.metaphases(),
                    k.date(),
                    k.provenance().asReviewed()));
        }
        if (v instanceof FactValue.Score x && x.risk().provenance() != null) {
            ReportedRisk r = x.risk();
            return new FactValue.Score(new ReportedRisk(
                    r.system(),
                    r.score(),
                    r.category(),
                    r.date(),
                    r.provenance().asReviewed()));
        }
        return v;
    }

    /** True when the fact is about the patient's own current state and may feed the profile. */
    public boolean isAffirmed() {
        return context == Context.AFFIRMED;
    }
}
