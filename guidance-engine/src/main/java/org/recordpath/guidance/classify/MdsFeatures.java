package org.recordpath.guidance.classify;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.GeneStatus;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;

/** The features both classifications read from a profile. */
record MdsFeatures(
        BigDecimal bmBlasts,
        BigDecimal pbBlasts,
        Truth isolatedDel5q,
        Truth del5q,
        Truth minus7OrDel7q,
        Truth complex,
        Truth del17p,
        Boolean tp53Loh,
        List<BigDecimal> tp53Vafs,
        boolean tp53Tested,
        BigDecimal sf3b1Vaf,
        Truth sf3b1,
        Truth runx1,
        Truth npm1,
        BigDecimal ringSideroblasts,
        Truth hypocellular,
        Integer fibrosisGrade) {

    static MdsFeatures of(ClinicalProfile p) {
        KaryotypeFinding k = p.karyotype();
        List<Mutation> tp53 = GeneStatus.drivers(p, "TP53");
        List<Mutation> sf3b1 = GeneStatus.drivers(p, "SF3B1");
        BigDecimal sfVaf = sf3b1.stream()
                .map(Mutation::vafPct)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(null);
        Truth hypo = Truth.of(p.clinical().hypocellular());
        if (hypo == Truth.UNKNOWN && p.clinical().marrowCellularityPct() != null) {
            hypo = Truth.of(p.clinical().marrowCellularityPct() <= 25);
        }
        return new MdsFeatures(
                val(p.labs().bmBlasts()),
                val(p.labs().pbBlasts()),
                isolated(k),
                k == null ? Truth.UNKNOWN : Truth.of(k.del5q()),
                k == null ? Truth.UNKNOWN : Truth.of(k.minus7OrDel7q()),
                k == null ? Truth.UNKNOWN : Truth.of(k.complex()),
                k == null ? Truth.UNKNOWN : Truth.of(k.del17p()),
                p.tp53Loh(),
                tp53.stream()
                        .map(m -> m.vafPct() == null ? BigDecimal.ZERO : m.vafPct())
                        .toList(),
                !tp53.isEmpty() || GeneStatus.testedWithoutDriver(p, "TP53"),
                sfVaf,
                bit(GeneStatus.bit(p, "SF3B1")),
                bit(GeneStatus.bit(p, "RUNX1")),
                bit(GeneStatus.bit(p, "NPM1")),
                val(p.labs().ringSideroblasts()),
                hypo,
                p.clinical().fibrosisGrade());
    }

    private static Truth isolated(KaryotypeFinding k) {
        if (k == null) {
            return Truth.UNKNOWN;
        }
        if (k.isolatedDel5q() != null) {
            return Truth.of(k.isolatedDel5q());
        }
        Truth count = k.abnormalityCount() == null ? Truth.TRUE : Truth.of(k.abnormalityCount() <= 2);
        return Truth.of(k.del5q())
                .and(Truth.of(k.minus7OrDel7q()).not())
                .and(Truth.of(k.complex()).not())
                .and(count);
    }

    private static Truth bit(Integer b) {
        return b == null ? Truth.UNKNOWN : Truth.of(b == 1);
    }

    private static BigDecimal val(LabValue v) {
        return v == null ? null : v.value();
    }

    /** The larger of marrow and blood blasts measured against a marrow and a blood threshold. */
    boolean blastsAtLeast(int bm, int pb) {
        return (bmBlasts != null && bmBlasts.compareTo(BigDecimal.valueOf(bm)) >= 0)
                || (pbBlasts != null && pbBlasts.compareTo(BigDecimal.valueOf(pb)) >= 0);
    }
}
