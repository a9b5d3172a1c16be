package org.recordpath.guidance.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.facts.Compare;
import org.recordpath.guidance.facts.PatientFacts;
import org.recordpath.guidance.facts.Value;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;

/** The gates every pathway passes first, in order (pathways.md section 0.4). */
final class Gates {
    static final String G1 = "G1 diagnosis.disease == MDS";
    static final String G2 = "G2 labs.bmBlasts < 20 %";
    static final String G3 = "G3 demographics.age >= 18";

    private Gates() {}

    /** The three gate findings in order; {@code overrides} may fix a gate for what-if questions. */
    static List<Finding> evaluate(PatientFacts f, Map<String, Truth> overrides) {
        return List.of(
                override(G1, overrides, () -> f.derived(G1, () -> disease(f))),
                override(G2, overrides, () -> f.derived(G2, () -> blasts(f))),
                override(G3, overrides, () -> f.derived(G3, () -> adult(f))));
    }

    private static Finding override(String key, Map<String, Truth> o, java.util.function.Supplier<Finding> real) {
        Truth t = o.get(key);
        return t == null ? real.get() : Finding.of(t, key + " assumed " + t, List.of(), List.of());
    }

    private static Finding disease(PatientFacts f) {
        return org.recordpath.guidance.facts.DiagnosisGate.evaluate(f);
    }

    private static Finding blasts(PatientFacts f) {
        Value bm = read(f, "labs.bmBlasts");
        Value pb = read(f, "labs.pbBlasts");
        BigDecimal twenty = new BigDecimal(20);
        Truth t = Compare.test(bm, Operator.LT, twenty);
        if (pb.known()) {
            t = (bm.known() ? t : Truth.TRUE).and(Compare.test(pb, Operator.LT, twenty));
        }
        if (t == Truth.FALSE) {
            return Finding.of(
                    Truth.FALSE,
                    "20 % or more blasts meets AML criteria (WHO 2022 / ICC 2022)",
                    List.of(bm.use(), pb.use()),
                    List.of());
        }
        List<String> withheld = new java.util.ArrayList<>(f.withheldUnder("labs.bmBlasts"));
        withheld.addAll(f.withheldUnder("labs.pbBlasts"));
        if (!withheld.isEmpty()) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "blasts recorded but not usable (" + String.join("; ", withheld) + ")",
                    List.of(bm.use(), pb.use()),
                    List.of("Q-BLASTS"));
        }
        if (t == Truth.UNKNOWN) {
            return Finding.of(
                    Truth.TRUE,
                    "marrow blasts not recorded; an MDS diagnosis implies fewer than 20 %",
                    List.of(bm.use()),
                    List.of("Q-BLASTS"));
        }
        return Finding.of(Truth.TRUE, "blasts below 20 % (" + bm.display() + ")", List.of(bm.use()), List.of());
    }

    private static Finding adult(PatientFacts f) {
        Value age = read(f, "demographics.age");
        Truth t = Compare.test(age, Operator.GE, new BigDecimal(18));
        if (t == Truth.FALSE) {
            return Finding.of(
                    Truth.FALSE, "childhood MDS is outside this pack (adult guideline)", List.of(age.use()), List.of());
        }
        if (t == Truth.UNKNOWN && f.withheld("demographics.age") != null) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "age recorded but not usable (" + f.withheld("demographics.age") + ")",
                    List.of(age.use()),
                    List.of());
        }
        return Finding.of(
                Truth.TRUE,
                t == Truth.TRUE ? "adult (" + age.display() + ")" : "age not recorded (does" + " not block)",
                List.of(age.use()),
                List.of());
    }

    private static Value read(PatientFacts f, String path) {
        return f.value(path);
    }
}
