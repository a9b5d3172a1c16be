package org.recordpath.guidance.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordpath.model.drug.DrugVocabulary;
import org.recordpath.model.profile.Treatment;

/**
 * Treatment names normalised with the drug vocabulary extraction uses (RxNorm ingredient names): "Revlimid" is
 * lenalidomide, "Inqovi" decitabine-cedazuridine. A name the vocabulary does not know, or a course whose reading
 * waits for review, stays in the profile under its own name and is listed as unresolved: treatment-history criteria
 * are then unknown rather than false.
 */
final class TreatmentNames {
    /** The withheld-path prefix of an unresolved course. */
    static final String UNRESOLVED = "treatments.unresolved";

    private TreatmentNames() {}

    static List<Treatment> check(List<Treatment> treatments, Notes notes) {
        List<Treatment> out = new ArrayList<>();
        int unresolved = 0;
        for (Treatment t : treatments) {
            Integer cycles = t.cycles();
            if (cycles != null && !Ranges.CYCLES.contains(BigDecimal.valueOf(cycles))) {
                notes.flag("treatment " + t.drug() + ": " + cycles + " cycles is outside the possible range "
                        + Ranges.CYCLES.shown() + "; cycles treated as unknown");
                cycles = null;
            }
            Optional<String> waits = ReviewRule.waits(t.provenance());
            Optional<DrugVocabulary.Drug> drug = DrugVocabulary.normalise(t.drug());
            if (waits.isPresent() || drug.isEmpty()) {
                String why = waits.orElse("not a drug name the vocabulary (pathways.md section 3.1) knows");
                notes.withhold(UNRESOLVED + "[" + unresolved++ + "]", "'" + t.drug() + "'", why);
                out.add(copy(t, t.drug(), t.rxnorm(), cycles));
                continue;
            }
            DrugVocabulary.Drug d = drug.get();
            out.add(copy(t, d.generic(), d.rxnorm() != null ? d.rxnorm() : t.rxnorm(), cycles));
        }
        return out;
    }

    private static Treatment copy(Treatment t, String drug, String rxnorm, Integer cycles) {
        return new Treatment(
                drug,
                rxnorm,
                t.start(),
                t.end(),
                cycles,
                t.bestResponse(),
                t.stoppedReason(),
                t.ongoing(),
                t.provenance());
    }
}
