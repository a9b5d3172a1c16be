package org.recordpath.guidance.facts;

import java.util.List;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.IpssM;
import org.recordpath.guidance.risk.IpssmProfileInputs;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.model.profile.Clinical;

/** Predicates behind exclusions and cautions that the pathway definitions do not name (#10). */
final class Cautions {
    private Cautions() {}

    /**
     * $pregnant: a stated pregnancy (TRUE) excludes lenalidomide, whose label carries an embryo-fetal toxicity boxed
     * warning. FALSE when stated not pregnant, for a male patient, or when childbearing potential is stated absent;
     * unknown when childbearing potential is stated and pregnancy is not; otherwise FALSE with the label's pregnancy
     * testing shown as a note (the records are silent, as for any drug never recorded).
     */
    static Finding pregnant(PatientFacts f) {
        Clinical c = f.profile().clinical();
        List<FactUse> used = List.of(
                PatientFacts.flag(
                                "clinical.pregnant",
                                c.pregnant(),
                                c.provenance().get("pregnant"))
                        .use(),
                PatientFacts.flag(
                                "clinical.childbearingPotential",
                                c.childbearingPotential(),
                                c.provenance().get("childbearingPotential"))
                        .use());
        if (c.pregnant() != null) {
            return Finding.of(
                    Truth.of(c.pregnant()),
                    c.pregnant() ? "pregnant (stated)" : "not pregnant (stated)",
                    used,
                    List.of());
        }
        if ("M".equalsIgnoreCase(f.profile().demographics().sex()) || Boolean.FALSE.equals(c.childbearingPotential())) {
            return Finding.of(Truth.FALSE, "no childbearing potential", used, List.of());
        }
        if (Boolean.TRUE.equals(c.childbearingPotential()) || f.withheld("clinical.pregnant") != null) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "childbearing potential stated; pregnancy status not recorded",
                    used,
                    List.of("Q-LEN"));
        }
        return Finding.of(Truth.FALSE, "no pregnancy recorded", used, List.of());
    }

    /** $ipssmCrossesRiskLine: the IPSS-M best case is lower risk and the worst case higher risk. */
    static Finding ipssmCrossesRiskLine(PatientFacts f) {
        IpssmResult m = IpssM.compute(IpssmProfileInputs.from(f.profile()));
        boolean crosses =
                IpssM.isLower(m.best().category()) && !IpssM.isLower(m.worst().category());
        return Finding.of(
                Truth.of(crosses),
                "IPSS-M " + m.best().category() + " (best, " + m.best().score() + ") to "
                        + m.worst().category() + " (worst, " + m.worst().score() + ")",
                List.of(),
                List.of());
    }
}
