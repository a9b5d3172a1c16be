package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.Transfusion;

/** Anemia, transfusion, cytopenia and blast predicates (pathways.md sections 2.2-2.4, 2.7). */
final class BloodCounts {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private BloodCounts() {}

    /** $transfusionDependent: IWG 2018 LTB/HTB, or 1.5 units/8 weeks or more, or a stated dependence. */
    static Finding transfusionDependent(PatientFacts f) {
        Transfusion t = f.profile().transfusion();
        Value rate = f.value("transfusion.rbcUnitsPer8Weeks");
        Value stated = PatientFacts.flag(
                "transfusion.dependent", t.dependent(), t.provenance().get("dependent"));
        List<FactUse> used = List.of(rate.use(), stated.use());
        if (t.rbcUnitsLast16Weeks() != null
                && t.rbcUnitsLast16Weeks() >= 3
                && (t.episodesLast16Weeks() == null || t.episodesLast16Weeks() >= 2)) {
            return Finding.of(
                    Truth.TRUE,
                    "transfusion dependent (" + t.rbcUnitsLast16Weeks() + " RBC units in 16 weeks)",
                    used,
                    List.of());
        }
        if (rate.known() && rate.number().compareTo(new BigDecimal("1.5")) >= 0) {
            return Finding.of(
                    Truth.TRUE, "transfusion dependent (" + rate.display() + " per 8 weeks)", used, List.of());
        }
        if (rate.known() && rate.number().compareTo(BigDecimal.ONE) <= 0) {
            return Finding.of(
                    Truth.FALSE, "not transfusion dependent (" + rate.display() + " per 8 weeks)", used, List.of());
        }
        if (Boolean.TRUE.equals(t.dependent())) {
            return Finding.of(Truth.TRUE, "stated transfusion dependent", used, List.of());
        }
        if (Boolean.FALSE.equals(t.dependent())) {
            return Finding.of(Truth.FALSE, "stated not transfusion dependent", used, List.of());
        }
        if (t.totalRbcUnits() != null && t.totalRbcUnits() == 0) {
            return Finding.of(Truth.FALSE, "no RBC units ever transfused", used, List.of());
        }
        return Finding.of(Truth.UNKNOWN, "transfusion needs not recorded", used, List.of("Q-TX"));
    }

    /** $highTransfusionBurden: 4 or more RBC units per 8 weeks (8 or more in 16 weeks). */
    static Finding highTransfusionBurden(PatientFacts f) {
        Value rate = f.value("transfusion.rbcUnitsPer8Weeks");
        Transfusion t = f.profile().transfusion();
        List<FactUse> used = List.of(rate.use());
        if (rate.known()) {
            boolean high = rate.number().compareTo(new BigDecimal(4)) >= 0;
            return Finding.of(
                    Truth.of(high),
                    (high ? "high" : "not high") + " transfusion burden (" + rate.display()
                            + " per 8 weeks; high is 4 or more)",
                    used,
                    List.of());
        }
        if (Boolean.FALSE.equals(t.dependent())) {
            return Finding.of(Truth.FALSE, "no regular transfusions stated", used, List.of());
        }
        return Finding.of(Truth.UNKNOWN, "RBC units per 8 weeks not recorded", used, List.of("Q-TX"));
    }

    /** $symptomaticAnemia (section 2.2); a clinician's statement wins. */
    static Finding symptomaticAnemia(PatientFacts f) {
        Clinical c = f.profile().clinical();
        Value hb = f.value("labs.hemoglobin");
        Finding td = f.derived("$transfusionDependent", () -> transfusionDependent(f));
        List<FactUse> used = new ArrayList<>();
        used.add(hb.use());
        used.addAll(td.facts());
        if (c.symptomaticAnemia() != null) {
            used.add(
                    0,
                    PatientFacts.flag(
                                    "clinical.symptomaticAnemia",
                                    c.symptomaticAnemia(),
                                    c.provenance().get("symptomaticAnemia"))
                            .use());
            Truth numbers = Compare.test(hb, org.recordpath.guidance.logic.Operator.LT, TEN)
                    .or(td.truth());
            boolean conflict = numbers.isKnown() && numbers != Truth.of(c.symptomaticAnemia());
            return Finding.of(
                    Truth.of(c.symptomaticAnemia()),
                    "clinician states anemia is " + (c.symptomaticAnemia() ? "" : "not ") + "symptomatic"
                            + (conflict ? " (conflicts with Hb " + hb.display() + "; review)" : ""),
                    used,
                    List.of());
        }
        if (td.truth() == Truth.TRUE) {
            return Finding.of(Truth.TRUE, "symptomatic anemia: " + td.because(), used, List.of());
        }
        Truth low = Compare.test(hb, org.recordpath.guidance.logic.Operator.LT, TEN);
        if (low == Truth.TRUE) {
            return Finding.of(Truth.TRUE, "symptomatic anemia (Hb " + hb.display() + ", below 10)", used, List.of());
        }
        if (low == Truth.FALSE && td.truth() == Truth.UNKNOWN && !transfusionsSilent(f)) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "Hb " + hb.display() + " is 10 or more, but the records mention transfusions without their"
                            + " burden, so whether the anemia is symptomatic is unknown",
                    used,
                    List.of("Q-TX"));
        }
        if (low == Truth.FALSE) {
            String because = "no symptomatic anemia (Hb " + hb.display() + ", 10 or more"
                    + (td.truth() == Truth.FALSE ? "; " + td.because() + ")" : "; assumes no regular transfusions)");
            return Finding.of(Truth.FALSE, because, used, td.truth() == Truth.FALSE ? List.of() : List.of("Q-TX"));
        }
        return Finding.of(Truth.UNKNOWN, "hemoglobin or transfusion needs not recorded", used, List.of("Q-HB", "Q-TX"));
    }

    /**
     * True when the records say nothing at all about transfusions: only then may a normal hemoglobin stand for "no
     * symptomatic anemia" (pathways.md section 2.2, "when transfusion data are simply absent"). A count without its
     * window, a platelet transfusion need, or a transfusion value set aside at the boundary is not silence (#10).
     */
    private static boolean transfusionsSilent(PatientFacts f) {
        Transfusion t = f.profile().transfusion();
        return t.rbcUnitsPer8Weeks() == null
                && t.dependent() == null
                && t.totalRbcUnits() == null
                && t.rbcUnitsLast16Weeks() == null
                && t.episodesLast16Weeks() == null
                && t.plateletTransfusionDependent() == null
                && f.withheldUnder("transfusion.").isEmpty();
    }

    /** $clinicallyRelevantThrombocytopenia: platelets below 50, platelet transfusion need, or bleeding. */
    static Finding thrombocytopenia(PatientFacts f) {
        Value plt = f.value("labs.platelets");
        Transfusion t = f.profile().transfusion();
        Clinical c = f.profile().clinical();
        List<FactUse> used = List.of(plt.use());
        if (Boolean.TRUE.equals(t.plateletTransfusionDependent()) || Boolean.TRUE.equals(c.bleeding())) {
            return Finding.of(Truth.TRUE, "platelet transfusion need or bleeding stated", used, List.of());
        }
        return threshold(plt, new BigDecimal(50), "clinically relevant thrombocytopenia (platelets", used, "Q-CBC");
    }

    /** $clinicallyRelevantNeutropenia: ANC below 0.5 or recurrent infections. */
    static Finding neutropenia(PatientFacts f) {
        Value anc = f.value("labs.anc");
        List<FactUse> used = List.of(anc.use());
        if (Boolean.TRUE.equals(f.profile().clinical().recurrentInfections())) {
            return Finding.of(Truth.TRUE, "recurrent infections stated", used, List.of());
        }
        return threshold(anc, new BigDecimal("0.5"), "clinically relevant neutropenia (ANC", used, "Q-CBC");
    }

    private static Finding threshold(Value v, BigDecimal below, String label, List<FactUse> used, String q) {
        Truth t = Compare.test(v, org.recordpath.guidance.logic.Operator.LT, below);
        if (t == Truth.UNKNOWN) {
            return Finding.of(t, label.replace(" (", ": ") + " not decidable (" + v.display() + ")", used, List.of(q));
        }
        return Finding.of(
                t,
                (t == Truth.TRUE ? "" : "no ") + label + " " + v.display() + "; threshold " + below.toPlainString()
                        + ")",
                used,
                List.of());
    }

    /** $increasedBlasts: marrow blasts 5 % or more. */
    static Finding increasedBlasts(PatientFacts f) {
        Value bl = f.value("labs.bmBlasts");
        Truth t = Compare.test(bl, org.recordpath.guidance.logic.Operator.GE, new BigDecimal(5));
        String because = t == Truth.UNKNOWN
                ? "marrow blasts not recorded"
                : (t == Truth.TRUE ? "increased" : "no increased") + " marrow blasts (" + bl.display()
                        + "; 5 % or more)";
        return Finding.of(t, because, List.of(bl.use()), t == Truth.UNKNOWN ? List.of("Q-BLASTS") : List.of());
    }

    /** $rsPositive: RS 15 % or more, or 5 % or more with SF3B1 mutated (section 2.7). */
    static Finding rsPositive(PatientFacts f) {
        Value rs = f.value("labs.ringSideroblasts");
        Finding sf3b1 = f.derived("$mutated(SF3B1)", () -> Genetics.mutated(f, "SF3B1", List.of()));
        List<FactUse> used = new ArrayList<>(List.of(rs.use()));
        used.addAll(sf3b1.facts());
        Truth ge15 = Compare.test(rs, org.recordpath.guidance.logic.Operator.GE, new BigDecimal(15));
        Truth ge5 = Compare.test(rs, org.recordpath.guidance.logic.Operator.GE, new BigDecimal(5));
        Truth t = ge15.or(ge5.and(sf3b1.truth()));
        String because;
        if (t == Truth.TRUE) {
            because = "ring sideroblasts " + rs.display()
                    + (ge15 == Truth.TRUE ? " (15 % or more)" : " with SF3B1 mutated");
        } else if (t == Truth.FALSE) {
            because = "ring sideroblasts " + rs.display() + " below the threshold (15 %, or 5 % with SF3B1)";
        } else {
            because = "ring sideroblast % not recorded" + (rs.known() ? " or SF3B1 status unknown" : "");
        }
        return Finding.of(t, because, used, t == Truth.UNKNOWN ? List.of("Q-RS", "Q-NGS") : List.of());
    }
}
