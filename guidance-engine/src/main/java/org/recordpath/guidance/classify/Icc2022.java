package org.recordpath.guidance.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * ICC 2022 MDS types, in the order of risk-scores.md section 4.2: TP53 entities, del(5q), SF3B1, blasts (EB,
 * MDS/AML), then NOS. Hypoplasia and fibrosis are descriptors, not entities.
 */
public final class Icc2022 {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private Icc2022() {}

    public static ClassificationResult classify(ClinicalProfile p) {
        MdsFeatures x = MdsFeatures.of(p);
        if (x.bmBlasts() == null && x.pbBlasts() == null) {
            return ClassificationResult.cannot(List.of("marrow blast %"));
        }
        List<String> open = new ArrayList<>();
        if (x.pbBlasts() == null) {
            open.add("peripheral blood blast % (classified on marrow blasts)");
        }
        if (x.blastsAtLeast(20, 20)) {
            return new ClassificationResult("AML", "20 % or more blasts: AML", open);
        }
        boolean tenOrMore = x.blastsAtLeast(10, 10);
        long tp53Ten = x.tp53Vafs().stream().filter(v -> v.compareTo(TEN) >= 0).count();
        if (tenOrMore && tp53Ten >= 1) {
            return new ClassificationResult(
                    "MDS/AML with mutated TP53", "10-19 % blasts and a TP53 variant with VAF" + " 10 % or more", open);
        }
        Truth multi = multiHit(x, tp53Ten);
        if (!tenOrMore && multi == Truth.TRUE) {
            return new ClassificationResult("MDS with mutated TP53", "multi-hit TP53 (VAF 10 % or more)", open);
        }
        if (multi == Truth.UNKNOWN) {
            open.add(x.tp53Tested() ? "TP53 copy number/LOH" : "TP53 status");
        }
        boolean low = !x.blastsAtLeast(5, 2);
        if (low && x.isolatedDel5q() == Truth.TRUE && multi != Truth.TRUE) {
            return new ClassificationResult("MDS with del(5q)", "low blasts and isolated del(5q)", open);
        }
        if (low
                && x.sf3b1() == Truth.TRUE
                && x.sf3b1Vaf() != null
                && x.sf3b1Vaf().compareTo(TEN) >= 0
                && x.isolatedDel5q() == Truth.FALSE
                && x.minus7OrDel7q() == Truth.FALSE
                && x.complex() == Truth.FALSE
                && x.runx1() != Truth.TRUE
                && multi != Truth.TRUE) {
            if (x.runx1() == Truth.UNKNOWN) {
                open.add("RUNX1 status");
            }
            return new ClassificationResult(
                    "MDS with mutated SF3B1",
                    "low blasts, SF3B1 VAF "
                            + x.sf3b1Vaf().toPlainString()
                            + " % (10 % or more), no RUNX1, del(5q), -7/del(7q) or complex"
                            + " karyotype",
                    open);
        }
        if (tenOrMore) {
            String because =
                    x.npm1() == Truth.TRUE ? "10-19 % blasts; NPM1 mutated is AML-defining in ICC" : "10-19 % blasts";
            return new ClassificationResult(
                    x.npm1() == Truth.TRUE ? "AML with mutated NPM1" : "MDS/AML", because, open);
        }
        if (!low) {
            return new ClassificationResult("MDS-EB", "marrow blasts 5-9 % (or blood 2-9 %)", open);
        }
        if (x.minus7OrDel7q() == Truth.TRUE || x.complex() == Truth.TRUE) {
            return new ClassificationResult(
                    "MDS, NOS without dysplasia", "low blasts with -7/del(7q) or complex" + " karyotype", open);
        }
        open.add("number of dysplastic lineages (single vs multilineage)");
        return new ClassificationResult("MDS, NOS", "low blasts, no defining genetic abnormality", open);
    }

    private static Truth multiHit(MdsFeatures x, long tp53Ten) {
        if (tp53Ten >= 2) {
            return Truth.TRUE;
        }
        if (tp53Ten == 0) {
            return x.tp53Tested() ? Truth.FALSE : Truth.UNKNOWN;
        }
        if (x.del17p() == Truth.TRUE || Boolean.TRUE.equals(x.tp53Loh())) {
            return Truth.TRUE;
        }
        if (x.tp53Loh() == null && x.complex() == Truth.TRUE) {
            return Truth.TRUE;
        }
        return Boolean.FALSE.equals(x.tp53Loh()) ? Truth.FALSE : Truth.UNKNOWN;
    }
}
