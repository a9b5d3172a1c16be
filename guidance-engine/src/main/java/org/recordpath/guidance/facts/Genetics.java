package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.GeneStatus;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Mutation;

/** Gene and karyotype predicates: $mutated(GENE), $tp53MultiHit, $isolatedDel5q (pathways.md 2.5, 2.6, 2.12). */
final class Genetics {
    private static final Pattern MISSENSE = Pattern.compile("^([A-Z])(\\d+)([A-Z])$");
    private static final Map<String, String> THREE_TO_ONE = Map.ofEntries(
            Map.entry("ALA", "A"),
            Map.entry("ARG", "R"),
            Map.entry("ASN", "N"),
            Map.entry("ASP", "D"),
            Map.entry("CYS", "C"),
            Map.entry("GLN", "Q"),
            Map.entry("GLU", "E"),
            Map.entry("GLY", "G"),
            Map.entry("HIS", "H"),
            Map.entry("ILE", "I"),
            Map.entry("LEU", "L"),
            Map.entry("LYS", "K"),
            Map.entry("MET", "M"),
            Map.entry("PHE", "F"),
            Map.entry("PRO", "P"),
            Map.entry("SER", "S"),
            Map.entry("THR", "T"),
            Map.entry("TRP", "W"),
            Map.entry("TYR", "Y"),
            Map.entry("VAL", "V"));
    private static final Pattern THREE = Pattern.compile("^([A-Z][a-z]{2})(\\d+)([A-Z][a-z]{2})$");

    private Genetics() {}

    /** $mutated(GENE), optionally only at hotspot codons (e.g. R132): other drivers make it unknown. */
    static Finding mutated(PatientFacts f, String gene, List<String> hotspots) {
        List<Mutation> drivers = GeneStatus.drivers(f.profile(), gene);
        List<FactUse> used = new ArrayList<>();
        for (Mutation m : drivers) {
            used.add(new FactUse("mutations", describe(m), m.provenance()));
        }
        if (!drivers.isEmpty()) {
            if (hotspots.isEmpty()) {
                return Finding.of(Truth.TRUE, gene + " mutated (" + describe(drivers.get(0)) + ")", used, List.of());
            }
            for (Mutation m : drivers) {
                String codon = missenseCodon(m.hgvsP());
                if (codon != null && hotspots.contains(codon)) {
                    return Finding.of(
                            Truth.TRUE, gene + " " + codon + " hotspot mutated (" + describe(m) + ")", used, List.of());
                }
            }
            return Finding.of(
                    Truth.UNKNOWN,
                    gene + " mutated, but not at " + String.join("/", hotspots)
                            + ": ask whether the variant is one the drug targets",
                    used,
                    List.of("Q-NGS"));
        }
        if (GeneStatus.testedWithoutDriver(f.profile(), gene)) {
            used.add(new FactUse(
                    "negativeGenes",
                    gene + " tested, no pathogenic variant",
                    f.profile().negativeGeneSources().get(gene)));
            return Finding.of(Truth.FALSE, gene + " tested without a pathogenic variant", used, List.of());
        }
        used.add(FactUse.absent("mutations[" + gene + "]"));
        return Finding.of(Truth.UNKNOWN, gene + " not tested", used, List.of("Q-NGS"));
    }

    /** The codon of a one- or three-letter missense protein change ("p.R132H", "p.(Arg132His)") such as "R132". */
    static String missenseCodon(String hgvsP) {
        if (hgvsP == null) {
            return null;
        }
        String s = hgvsP.trim().replace("p.", "").replace("(", "").replace(")", "");
        Matcher three = THREE.matcher(s);
        if (three.matches()) {
            String a = THREE_TO_ONE.get(three.group(1).toUpperCase(Locale.ROOT));
            String b = THREE_TO_ONE.get(three.group(3).toUpperCase(Locale.ROOT));
            s = a == null || b == null ? s : a + three.group(2) + b;
        }
        Matcher m = MISSENSE.matcher(s);
        return m.matches() && !m.group(1).equals(m.group(3)) ? m.group(1) + m.group(2) : null;
    }

    /** $tp53MultiHit: 2 or more TP53 variants, or 1 with VAF above 55 %, del(17p)/-17 or 17p LOH (section 2.12). */
    static Finding tp53MultiHit(PatientFacts f) {
        List<Mutation> tp53 = GeneStatus.drivers(f.profile(), "TP53");
        List<FactUse> used = new ArrayList<>();
        tp53.forEach(m -> used.add(new FactUse("mutations", describe(m), m.provenance())));
        long distinct = tp53.stream()
                .map(m -> m.hgvsC() != null ? m.hgvsC() : String.valueOf(m.hgvsP()))
                .distinct()
                .count();
        if (distinct >= 2) {
            return Finding.of(Truth.TRUE, "multi-hit TP53: " + distinct + " TP53 variants", used, List.of());
        }
        if (distinct == 0) {
            boolean negative = GeneStatus.testedWithoutDriver(f.profile(), "TP53");
            return Finding.of(
                    negative ? Truth.FALSE : Truth.UNKNOWN,
                    negative ? "no TP53 variant" : "TP53 not tested",
                    used,
                    negative ? List.of() : List.of("Q-NGS"));
        }
        BigDecimal vaf = tp53.stream()
                .map(Mutation::vafPct)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(null);
        KaryotypeFinding k = f.profile().karyotype();
        Boolean del17p = k == null ? null : k.del17p();
        Boolean loh = f.profile().tp53Loh();
        used.add(PatientFacts.flag("tp53Loh", loh, null).use());
        if (vaf != null && vaf.compareTo(new BigDecimal(55)) > 0) {
            return Finding.of(
                    Truth.TRUE,
                    "multi-hit TP53: one variant with VAF " + vaf.toPlainString() + " % (above 55 %)",
                    used,
                    List.of());
        }
        if (Boolean.TRUE.equals(del17p) || Boolean.TRUE.equals(loh)) {
            return Finding.of(
                    Truth.TRUE,
                    "multi-hit TP53: one variant with 17p deletion or loss of heterozygosity",
                    used,
                    List.of());
        }
        if (loh == null && k != null && Boolean.TRUE.equals(k.complex())) {
            return Finding.of(
                    Truth.TRUE, "multi-hit TP53 (ICC): one variant, LOH unknown, complex karyotype", used, List.of());
        }
        if (Boolean.FALSE.equals(loh) && vaf != null) {
            return Finding.of(
                    Truth.FALSE,
                    "single-hit TP53: one variant, VAF " + vaf.toPlainString() + " %, LOH assessed negative",
                    used,
                    List.of());
        }
        return Finding.of(
                Truth.UNKNOWN, "one TP53 variant; second hit (17p loss, LOH) not assessed", used, List.of("Q-TP53"));
    }

    /** $isolatedDel5q: del(5q) without -7/del(7q), not complex, at most 2 abnormalities; unknown from FISH only. */
    static Finding isolatedDel5q(PatientFacts f) {
        KaryotypeFinding k = f.profile().karyotype();
        if (k == null) {
            return Finding.of(
                    Truth.UNKNOWN, "no karyotype recorded", List.of(FactUse.absent("karyotype")), List.of("Q-KARYO"));
        }
        List<FactUse> used = List.of(new FactUse(
                "karyotype",
                k.iscn() != null
                        ? k.iscn()
                        : "del5q " + k.del5q() + ", -7/del(7q) " + k.minus7OrDel7q() + ", complex " + k.complex(),
                k.provenance()));
        if (k.isolatedDel5q() != null) {
            return Finding.of(
                    Truth.of(k.isolatedDel5q()),
                    (k.isolatedDel5q() ? "isolated" : "no isolated") + " del(5q)",
                    used,
                    List.of());
        }
        Truth del5q = Truth.of(k.del5q());
        if (del5q == Truth.TRUE && k.iscn() == null && "fish".equalsIgnoreCase(k.source())) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "del(5q) known from FISH only; the karyotype decides whether it is" + " isolated",
                    used,
                    List.of("Q-KARYO"));
        }
        Truth count = k.abnormalityCount() == null ? Truth.TRUE : Truth.of(k.abnormalityCount() <= 2);
        Truth t = del5q.and(Truth.of(k.minus7OrDel7q()).not())
                .and(Truth.of(k.complex()).not())
                .and(count);
        String because = t == Truth.TRUE
                ? "isolated del(5q)"
                : t == Truth.FALSE
                        ? (del5q == Truth.FALSE ? "no del(5q)" : "del(5q) present but not isolated")
                        : "del(5q) or chromosome 7 status unknown";
        return Finding.of(t, because, used, t == Truth.UNKNOWN ? List.of("Q-KARYO") : List.of());
    }

    static String describe(Mutation m) {
        String change = m.hgvsP() != null ? m.hgvsP() : (m.hgvsC() != null ? m.hgvsC() : m.variantType());
        return m.gene() + " " + change
                + (m.vafPct() == null ? "" : " VAF " + m.vafPct().toPlainString() + " %")
                + (Boolean.TRUE.equals(m.germline()) ? " (germline)" : "");
    }
}
