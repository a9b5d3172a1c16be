package org.recordpath.guidance.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordpath.model.hgvs.Hgvs;
import org.recordpath.model.hgvs.HgvsParse;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;

/** Variants, genes tested negative and reported risk scores at the boundary. */
final class GeneticsCheck {
    private GeneticsCheck() {}

    /** A variant waiting for review is left out (its gene becomes untested); an impossible VAF becomes unknown. */
    static List<Mutation> mutations(List<Mutation> mutations, Notes notes) {
        List<Mutation> out = new ArrayList<>();
        for (Mutation m : mutations) {
            Optional<String> waits = ReviewRule.waits(m.provenance(), hgvsParses(m));
            String shown = m.gene() + " " + (m.hgvsP() != null ? m.hgvsP() : String.valueOf(m.hgvsC()));
            if (waits.isPresent()) {
                notes.withhold("mutations." + m.gene(), shown, waits.get());
                continue;
            }
            if (m.vafPct() != null && !Ranges.PERCENT.contains(m.vafPct())) {
                notes.flag("mutations." + m.gene() + " " + shown + ": VAF "
                        + m.vafPct().stripTrailingZeros().toPlainString()
                        + " % is outside the possible range 0 to 100 %; VAF treated as unknown");
                out.add(new Mutation(
                        m.gene(),
                        m.hgvsC(),
                        m.hgvsP(),
                        m.variantType(),
                        null,
                        m.classification(),
                        m.germline(),
                        m.provenance()));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** The variant's protein or coding change is valid HGVS: its notation checks the reading. */
    private static boolean hgvsParses(Mutation m) {
        return (m.hgvsP() != null && Hgvs.protein(m.hgvsP()) instanceof HgvsParse.Parsed)
                || (m.hgvsC() != null && Hgvs.coding(m.hgvsC()) instanceof HgvsParse.Parsed);
    }

    /** A gene stated negative in a reading that waits for review is not known to be negative. */
    static List<String> negativeGenes(
            List<String> genes, java.util.Map<String, org.recordpath.model.fact.Provenance> sources, Notes notes) {
        List<String> out = new ArrayList<>();
        for (String g : genes) {
            Optional<String> waits = ReviewRule.waits(sources.get(g));
            if (waits.isPresent()) {
                notes.withhold("negativeGenes." + g, g + " negative", waits.get());
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /** A reported score waiting for review is not used (its plausibility is checked with the risk group). */
    static List<ReportedRisk> reported(List<ReportedRisk> reported, Notes notes) {
        List<ReportedRisk> out = new ArrayList<>();
        for (ReportedRisk r : reported) {
            Optional<String> waits = ReviewRule.waits(r.provenance());
            if (waits.isPresent()) {
                notes.withhold(
                        "reportedRisk." + r.system(),
                        (r.score() == null ? "" : r.score().toPlainString() + " ") + r.category(),
                        waits.get());
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
