package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.Clinical;

/** $istFavourable: good chance of response to immunosuppressive therapy (pathways.md section 2.10). */
final class Marrow {
    private Marrow() {}

    static Finding istFavourable(PatientFacts f) {
        Clinical c = f.profile().clinical();
        Value age = f.value("demographics.age");
        Value blasts = f.value("labs.bmBlasts");
        Value cell = f.value("clinical.marrowCellularityPct");
        List<FactUse> used = new ArrayList<>(List.of(
                PatientFacts.flag(
                                "clinical.hypocellular",
                                c.hypocellular(),
                                c.provenance().get("hypocellular"))
                        .use(),
                cell.use(),
                PatientFacts.flag(
                                "clinical.pnhClone",
                                c.pnhClone(),
                                c.provenance().get("pnhClone"))
                        .use(),
                PatientFacts.flag(
                                "clinical.hlaDr15", c.hlaDr15(), c.provenance().get("hlaDr15"))
                        .use(),
                age.use(),
                blasts.use()));
        Truth hypo = Truth.of(c.hypocellular());
        if (hypo == Truth.UNKNOWN && cell.known()) {
            hypo = Compare.test(cell, Operator.LE, new BigDecimal(25));
        }
        if (hypo == Truth.TRUE) {
            return Finding.of(Truth.TRUE, "favourable for IST: hypocellular marrow", used, List.of());
        }
        if (Boolean.TRUE.equals(c.pnhClone())) {
            return Finding.of(Truth.TRUE, "favourable for IST: PNH clone", used, List.of());
        }
        if (Boolean.TRUE.equals(c.hlaDr15())) {
            return Finding.of(Truth.TRUE, "favourable for IST: HLA-DR15", used, List.of());
        }
        Truth young = Compare.test(age, Operator.LE, new BigDecimal(60))
                .and(Compare.test(blasts, Operator.LE, new BigDecimal(5)));
        if (young == Truth.TRUE) {
            return Finding.of(
                    Truth.TRUE, "favourable for IST: age 60 or less with blasts 5 % or less", used, List.of());
        }
        Truth t = hypo.or(young);
        String because = t == Truth.FALSE
                ? "no favourable feature for IST (" + age.display() + ", marrow not hypocellular; PNH clone and"
                        + " HLA-DR15 not positive)"
                : "IST factors incomplete (age, marrow cellularity)";
        return Finding.of(t, because, used, t == Truth.UNKNOWN ? List.of("Q-IST") : List.of());
    }
}
