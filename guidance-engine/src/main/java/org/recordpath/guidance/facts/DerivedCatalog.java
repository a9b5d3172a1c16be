package org.recordpath.guidance.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;

/** The closed set of derived predicates a pack may name, implemented in Java (pathways.md section 2). */
public final class DerivedCatalog {
    /** The one predicate that takes an argument (a gene) and optional hotspot codons. */
    public static final String MUTATED = "$mutated";

    private static final Map<String, Function<PatientFacts, Finding>> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put("$symptomaticAnemia", BloodCounts::symptomaticAnemia);
        PLAIN.put("$transfusionDependent", BloodCounts::transfusionDependent);
        PLAIN.put("$highTransfusionBurden", BloodCounts::highTransfusionBurden);
        PLAIN.put("$clinicallyRelevantThrombocytopenia", BloodCounts::thrombocytopenia);
        PLAIN.put("$clinicallyRelevantNeutropenia", BloodCounts::neutropenia);
        PLAIN.put("$increasedBlasts", BloodCounts::increasedBlasts);
        PLAIN.put("$rsPositive", BloodCounts::rsPositive);
        PLAIN.put("$isolatedDel5q", Genetics::isolatedDel5q);
        PLAIN.put("$tp53MultiHit", Genetics::tp53MultiHit);
        PLAIN.put("$istFavourable", Marrow::istFavourable);
        PLAIN.put("$esaNaive", f -> TreatmentHistory.naive(f, TreatmentHistory.ESA, "ESA", "Q-ESA"));
        PLAIN.put("$esaFailure", f -> TreatmentHistory.failure(f, TreatmentHistory.ESA, "ESA", 8, "Q-ESA"));
        PLAIN.put(
                "$lenalidomideFailure",
                f -> TreatmentHistory.failure(f, TreatmentHistory.LENALIDOMIDE, "lenalidomide", 16, "Q-LEN"));
        PLAIN.put(
                "$luspaterceptFailure",
                f -> TreatmentHistory.failure(f, TreatmentHistory.LUSPATERCEPT, "luspatercept", 16, "Q-LUSPA"));
        PLAIN.put(
                "$imetelstatFailure",
                f -> TreatmentHistory.failure(f, TreatmentHistory.IMETELSTAT, "imetelstat", 0, "Q-TRIAL"));
        PLAIN.put("$istFailure", f -> TreatmentHistory.failure(f, TreatmentHistory.IST, "IST", 0, "Q-IST"));
        PLAIN.put(
                "$ivosidenibFailure",
                f -> TreatmentHistory.failure(f, TreatmentHistory.IVOSIDENIB, "ivosidenib", 0, "Q-HMA"));
        PLAIN.put(
                "$enasidenibFailure",
                f -> TreatmentHistory.failure(f, TreatmentHistory.ENASIDENIB, "enasidenib", 0, "Q-HMA"));
        PLAIN.put("$hmaFailure", HmaFailure::evaluate);
        PLAIN.put("$firstLineAnemiaFailure", DerivedCatalog::firstLineAnemiaFailure);
        PLAIN.put("$pregnant", Cautions::pregnant);
        PLAIN.put("$ipssmCrossesRiskLine", Cautions::ipssmCrossesRiskLine);
    }

    private DerivedCatalog() {}

    /** Every name a pack may use. */
    public static Set<String> names() {
        Set<String> all = new java.util.LinkedHashSet<>(PLAIN.keySet());
        all.add(MUTATED);
        return all;
    }

    public static boolean takesGene(String name) {
        return MUTATED.equals(name);
    }

    /** Evaluates a predicate for a patient (cached per patient). */
    public static Finding evaluate(PatientFacts f, String name, String gene, List<String> hotspots) {
        if (MUTATED.equals(name)) {
            String key = name + "(" + gene + ")" + hotspots;
            return f.derived(key, () -> Genetics.mutated(f, gene, hotspots));
        }
        Function<PatientFacts, Finding> fn = PLAIN.get(name);
        if (fn == null) {
            throw new IllegalArgumentException("unknown derived predicate " + name);
        }
        return f.derived(name, () -> fn.apply(f));
    }

    /** $esaFailure OR $luspaterceptFailure OR $lenalidomideFailure OR $imetelstatFailure (section 1.2, lr-hma). */
    private static Finding firstLineAnemiaFailure(PatientFacts f) {
        Truth t = Truth.FALSE;
        Finding first = null;
        Finding acc = Finding.of(Truth.FALSE, "", List.of(), List.of());
        for (String n : List.of("$esaFailure", "$luspaterceptFailure", "$lenalidomideFailure", "$imetelstatFailure")) {
            Finding x = evaluate(f, n, null, List.of());
            t = t.or(x.truth());
            if (x.truth() == Truth.TRUE && first == null) {
                first = x;
            }
            acc = acc.with(x.facts(), x.truth() == Truth.UNKNOWN ? x.questions() : List.of());
        }
        String because = first != null
                ? "first-line anemia therapy failed: " + first.because()
                : t == Truth.FALSE
                        ? "no failure of ESA, luspatercept, lenalidomide or imetelstat"
                        : "response to first-line anemia therapy not yet decidable";
        return Finding.of(t, because, acc.facts(), t == Truth.UNKNOWN ? acc.questions() : List.of());
    }
}
