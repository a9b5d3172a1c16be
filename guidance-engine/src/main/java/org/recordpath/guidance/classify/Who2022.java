package org.recordpath.guidance.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * WHO 2022 (5th edition) MDS types, in the order of risk-scores.md section 4.1: biTP53 first, then increased blasts
 * (IB1/IB2/f), then 5q and SF3B1 (low blasts), then MDS-h and MDS-LB.
 */
public final class Who2022 {
    private Who2022() {}

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
            return new ClassificationResult("AML", "20 % or more blasts: AML, not MDS", open);
        }
        Truth bi = biallelicTp53(x);
        if (bi == Truth.TRUE) {
            return new ClassificationResult(
                    "MDS-biTP53", "two TP53 hits (two variants, or one with 17p loss/LOH)", open);
        }
        if (bi == Truth.UNKNOWN) {
            open.add(x.tp53Tested() ? "TP53 copy number/LOH (possible MDS-biTP53)" : "TP53 status");
        }
        boolean fibrosis = x.fibrosisGrade() != null && x.fibrosisGrade() >= 2;
        if (x.blastsAtLeast(10, 5)) {
            return new ClassificationResult(
                    fibrosis ? "MDS-f" : "MDS-IB2",
                    fibrosis ? "increased blasts with fibrosis grade 2-3" : "marrow blasts 10-19 % (or blood 5-19 %)",
                    open);
        }
        if (x.blastsAtLeast(5, 2)) {
            return new ClassificationResult(
                    fibrosis ? "MDS-f" : "MDS-IB1",
                    fibrosis ? "increased blasts with fibrosis grade 2-3" : "marrow blasts 5-9 % (or blood 2-4 %)",
                    open);
        }
        if (x.isolatedDel5q() == Truth.TRUE) {
            return new ClassificationResult("MDS-5q", "low blasts and isolated del(5q)", open);
        }
        if (x.isolatedDel5q() == Truth.UNKNOWN) {
            open.add("karyotype");
        }
        boolean noAdverseKaryotype =
                x.del5q() == Truth.FALSE && x.minus7OrDel7q() == Truth.FALSE && x.complex() == Truth.FALSE;
        if (x.sf3b1() == Truth.TRUE
                && x.sf3b1Vaf() != null
                && x.sf3b1Vaf().compareTo(new BigDecimal(5)) >= 0
                && noAdverseKaryotype) {
            return new ClassificationResult(
                    "MDS-SF3B1",
                    "low blasts, SF3B1 VAF " + x.sf3b1Vaf().toPlainString()
                            + " % (5 % or more), no del(5q), -7 or complex karyotype",
                    open);
        }
        if (x.sf3b1() == Truth.FALSE
                && x.ringSideroblasts() != null
                && x.ringSideroblasts().compareTo(new BigDecimal(15)) >= 0
                && noAdverseKaryotype) {
            return new ClassificationResult(
                    "MDS-SF3B1",
                    "SF3B1 wild-type with 15 % or more ring sideroblasts (MDS-LB" + " with ring sideroblasts)",
                    open);
        }
        if (x.sf3b1() == Truth.UNKNOWN) {
            open.add("SF3B1 status");
        }
        if (x.hypocellular() == Truth.TRUE) {
            return new ClassificationResult("MDS-h", "low blasts, marrow cellularity 25 % or less", open);
        }
        return new ClassificationResult("MDS-LB", "low blasts, no defining genetic abnormality", open);
    }

    private static Truth biallelicTp53(MdsFeatures x) {
        if (x.tp53Vafs().size() >= 2) {
            return Truth.TRUE;
        }
        if (x.tp53Vafs().isEmpty()) {
            return x.tp53Tested() ? Truth.FALSE : Truth.UNKNOWN;
        }
        if (x.del17p() == Truth.TRUE || Boolean.TRUE.equals(x.tp53Loh())) {
            return Truth.TRUE;
        }
        return Boolean.FALSE.equals(x.tp53Loh()) ? Truth.FALSE : Truth.UNKNOWN;
    }
}
