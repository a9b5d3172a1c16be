package org.recordpath.guidance.facts;

import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.Diagnosis;

/**
 * Gate G1 (pathways.md section 0.4) from every diagnosis field: disease, WHO 2022, ICC 2022, ICD-10 and the stated
 * type. Any field that names a disease other than MDS closes the MDS pathways; fields that disagree are flagged; a
 * field waiting for review leaves the gate open (unknown).
 */
public final class DiagnosisGate {
    private DiagnosisGate() {}

    /** One present diagnosis field, what it says and the disease it names (null when not recognisable). */
    private record Said(String field, String value, String disease) {}

    public static Finding evaluate(PatientFacts f) {
        Diagnosis d = f.profile().diagnosis();
        List<Said> said = new ArrayList<>();
        String disease = d.disease() == null ? null : d.disease().toString();
        put(said, "disease", disease, disease);
        put(said, "who2022", d.who2022(), DiagnosisTerms.ofType(d.who2022()));
        put(said, "icc2022", d.icc2022(), DiagnosisTerms.ofType(d.icc2022()));
        put(said, "icd10", d.icd10(), DiagnosisTerms.ofIcd10(d.icd10()));
        put(said, "statedType", d.statedType(), DiagnosisTerms.ofType(d.statedType()));
        List<FactUse> used = new ArrayList<>();
        List<String> notMds = new ArrayList<>();
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        List<String> mds = new ArrayList<>();
        for (Said s : said) {
            used.add(new FactUse(
                    "diagnosis." + s.field(), s.value(), d.provenance().get(s.field())));
            if (DiagnosisTerms.MDS.equals(s.disease())) {
                mds.add(s.field() + " " + s.value());
            } else if (s.disease() != null) {
                named.add(s.disease());
                if (!s.field().equals("disease")) {
                    notMds.add(s.field() + " " + s.value());
                }
            }
        }
        if (!named.isEmpty()) {
            String because = "not MDS: " + String.join("/", named)
                    + (notMds.isEmpty() ? "" : " (" + String.join(", ", notMds) + ")") + "; " + guideline(named)
                    + (mds.isEmpty() ? "" : " (diagnosis fields disagree: " + String.join(", ", mds) + "; review)");
            return Finding.of(Truth.FALSE, because, used, List.of());
        }
        List<String> waiting = f.withheldUnder("diagnosis.");
        if (!waiting.isEmpty()) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "diagnosis waits for review (" + String.join("; ", waiting) + ")",
                    used,
                    List.of("Q-DIAG"));
        }
        if (mds.isEmpty()) {
            return Finding.of(Truth.UNKNOWN, "diagnosis not recorded", used, List.of("Q-DIAG"));
        }
        return Finding.of(Truth.TRUE, "MDS (" + String.join(", ", mds) + ")", used, List.of());
    }

    private static String guideline(java.util.Set<String> named) {
        if (named.stream().allMatch("AML"::equals)) {
            return "NCCN has a separate AML guideline";
        }
        return named.stream().allMatch(d -> d.equals("CMML") || d.equals("MDS/MPN"))
                ? "NCCN has a separate MDS/MPN guideline"
                : "NCCN has separate AML and MDS/MPN guidelines";
    }

    private static void put(List<Said> said, String field, String value, String disease) {
        if (value != null && !value.isBlank()) {
            said.add(new Said(field, value, disease));
        }
    }
}
