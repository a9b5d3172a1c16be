package org.recordpath.guidance.boundary;

import java.util.List;
import java.util.Map;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Demographics;

/**
 * The checks every profile passes before evaluation, whatever its source (extraction, FHIR, the API, {@code guide}):
 * possible ranges, readings waiting for review, karyotype flags from the ISCN, treatment names. Labs must already be
 * in canonical units.
 */
public final class BoundaryCheck {
    private BoundaryCheck() {}

    /**
     * The checked profile.
     *
     * @param withheld each contract path made unknown, with the value and the reason
     * @param flags the same in words for the report, plus non-blocking notes
     */
    public record Checked(ClinicalProfile profile, Map<String, String> withheld, List<String> flags) {
        public Checked {
            withheld = Map.copyOf(withheld);
            flags = List.copyOf(flags);
        }
    }

    /** True when a lab value in its canonical unit is outside the possible range. */
    public static boolean impossible(org.recordpath.model.profile.Analyte a, java.math.BigDecimal value) {
        return !Ranges.of(a).contains(value);
    }

    public static Checked check(ClinicalProfile p) {
        Notes notes = new Notes();
        Demographics demographics = StatementCheck.demographics(p.demographics(), notes);
        ClinicalProfile q = new ClinicalProfile(
                p.asOf(),
                demographics,
                StatementCheck.diagnosis(p.diagnosis(), notes),
                LabCheck.check(p.labs(), notes),
                KaryotypeSource.check(p.karyotype(), demographics.sex(), notes),
                GeneticsCheck.mutations(p.mutations(), notes),
                GeneticsCheck.negativeGenes(p.negativeGenes(), p.negativeGeneSources(), notes),
                p.negativeGeneSources(),
                p.tp53Loh(),
                StatementCheck.transfusion(p.transfusion(), notes),
                TreatmentNames.check(p.treatments(), notes),
                p.treatmentsComplete(),
                GeneticsCheck.reported(p.reportedRisk(), notes),
                StatementCheck.clinical(p.clinical(), notes),
                p.conflicts());
        return new Checked(q, notes.withheld(), notes.flags());
    }
}
