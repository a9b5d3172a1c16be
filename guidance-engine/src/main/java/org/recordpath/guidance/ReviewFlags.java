package org.recordpath.guidance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recordpath.guidance.risk.GeneStatus;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Disease;
import org.recordpath.model.profile.Mutation;

/** Flags that never block a pathway but a clinician should see (pathways.md section 0.4, section 2.6). */
final class ReviewFlags {
    /** Genes whose germline variants predispose to MDS (pathways.md section 2.6). */
    static final Set<String> GERMLINE_GENES =
            Set.of("TP53", "DDX41", "GATA2", "RUNX1", "ETV6", "CEBPA", "SAMD9", "SAMD9L");

    private ReviewFlags() {}

    static List<String> of(ClinicalProfile p) {
        List<String> out = new ArrayList<>();
        BigDecimal bm = p.labs().bmBlasts() == null ? null : p.labs().bmBlasts().value();
        if (p.diagnosis().disease() == Disease.MDS && bm != null && bm.compareTo(BigDecimal.valueOf(20)) >= 0) {
            out.add("records say MDS but marrow blasts are 20 % or more (AML criteria): review");
        }
        if (bm != null && bm.compareTo(BigDecimal.TEN) >= 0 && bm.compareTo(BigDecimal.valueOf(20)) < 0) {
            out.add("ICC MDS/AML (10-19 % blasts): the ICC also lists AML-type therapy");
        }
        if (Boolean.TRUE.equals(p.diagnosis().therapyRelated())) {
            out.add("therapy-related MDS");
        }
        if (!GeneStatus.drivers(p, "NPM1").isEmpty()) {
            out.add("NPM1 mutated: AML-defining genetics below 20 % blasts (ICC at 10 % or more; WHO at any count)");
        }
        for (Mutation m : p.mutations()) {
            if (Boolean.TRUE.equals(m.germline()) && m.classification().isDriver()) {
                out.add("germline " + m.gene() + " variant: inherited predisposition");
            }
        }
        return out;
    }

    /** True when the profile suggests an inherited cause worth asking about (Q-GERM). */
    static boolean suggestsGermline(ClinicalProfile p) {
        for (Mutation m : p.mutations()) {
            if (!m.classification().isDriver() || !GERMLINE_GENES.contains(m.gene())) {
                continue;
            }
            boolean nearHalf = m.vafPct() != null
                    && m.vafPct().compareTo(BigDecimal.valueOf(40)) >= 0
                    && m.vafPct().compareTo(BigDecimal.valueOf(60)) <= 0;
            if (Boolean.TRUE.equals(m.germline()) || (nearHalf && !m.gene().equals("TP53"))) {
                return true;
            }
        }
        Integer age = p.demographics().age();
        return age != null && age < 40;
    }
}
