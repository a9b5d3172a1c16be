package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;

/** Fills the IPSS-M inputs from a profile (risk-scores.md section 2.8). */
public final class IpssmProfileInputs {
    private IpssmProfileInputs() {}

    public static IpssmInputs from(ClinicalProfile p) {
        KaryotypeFinding k = p.karyotype();
        Map<String, Integer> genes = new HashMap<>();
        for (String g : IpssmInputs.MAIN_GENES) {
            genes.put(g, GeneStatus.bit(p, g));
        }
        for (String g : IpssmInputs.RESIDUAL_GENES) {
            genes.put(g, GeneStatus.bit(p, g));
        }
        genes.put("SF3B1", GeneStatus.bit(p, "SF3B1"));
        genes.put("FLT3", flt3(p));
        genes.put("MLL_PTD", mllPtd(p));
        List<Mutation> tp53 = GeneStatus.drivers(p, "TP53");
        Integer tp53mut;
        if (!tp53.isEmpty()) {
            long distinct =
                    tp53.stream().map(IpssmProfileInputs::identity).distinct().count();
            tp53mut = (int) Math.min(distinct, 2);
        } else {
            tp53mut = GeneStatus.testedWithoutDriver(p, "TP53") ? 0 : null;
        }
        Double maxVaf = tp53.stream()
                .map(Mutation::vafPct)
                .filter(Objects::nonNull)
                .map(BigDecimal::doubleValue)
                .max(Double::compare)
                .orElse(null);
        return new IpssmInputs(
                value(p.labs().hemoglobin()),
                value(p.labs().platelets()),
                value(p.labs().bmBlasts()),
                k == null || k.ipssrCategory() == null
                        ? null
                        : k.ipssrCategory().points(),
                k == null ? null : bit(k.del5q()),
                k == null ? null : bit(k.minus7OrDel7q()),
                k == null ? null : bit(k.del17p()),
                k == null ? null : bit(k.complex()),
                tp53mut,
                maxVaf,
                bit(p.tp53Loh()),
                genes);
    }

    /**
     * FLT3: 1 for any pathogenic or likely pathogenic FLT3 call, of a stated type (ITD, TKD) or not, as the authors' R
     * package counts it (#10); 0 when tested without one; NA otherwise.
     */
    static Integer flt3(ClinicalProfile p) {
        if (!GeneStatus.drivers(p, "FLT3").isEmpty()) {
            return 1;
        }
        return GeneStatus.testedWithoutDriver(p, "FLT3") ? 0 : null;
    }

    /**
     * MLL_PTD: 1 for a KMT2A call of type PTD; 0 only when the report states PTD was assessed (negative gene entry
     * "KMT2A-PTD" or "MLL-PTD"); otherwise NA, because most small panels cannot detect it.
     */
    static Integer mllPtd(ClinicalProfile p) {
        boolean ptd = p.mutations().stream()
                .anyMatch(m -> GeneStatus.sameGene(m.gene(), "KMT2A")
                        && "PTD".equalsIgnoreCase(m.variantType())
                        && !m.classification().equals(org.recordpath.model.profile.Classification.BENIGN));
        if (ptd) {
            return 1;
        }
        boolean assessed = p.negativeGenes().stream()
                .map(g -> g.toUpperCase(Locale.ROOT))
                .anyMatch(g ->
                        g.equals("KMT2A-PTD") || g.equals("MLL-PTD") || g.equals("KMT2A PTD") || g.equals("MLL PTD"));
        return assessed ? 0 : null;
    }

    private static String identity(Mutation m) {
        if (m.hgvsC() != null) {
            return m.hgvsC();
        }
        return m.hgvsP() != null ? m.hgvsP() : String.valueOf(m.vafPct());
    }

    private static Double value(LabValue v) {
        return v == null ? null : v.value().doubleValue();
    }

    private static Integer bit(Boolean b) {
        return b == null ? null : (b ? 1 : 0);
    }
}
