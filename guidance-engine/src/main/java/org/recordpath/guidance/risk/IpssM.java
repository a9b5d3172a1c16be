package org.recordpath.guidance.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.logic.Truth;

/**
 * IPSS-M (Bernard 2022) as the authors' R package computes it: derived variables, coefficients, centring, division
 * by ln 2, rounding to 2 decimals, categories, and best/mean/worst scenarios (risk-scores.md sections 2.2-2.5).
 */
public final class IpssM {
    private static final double LN2 = Math.log(2);
    private static final double NREF = 0.388;

    private IpssM() {}

    /** Category of a score already rounded to 2 decimals; right-closed at -1.5, -0.5, 0, 0.5, 1.5. */
    public static String category(double rounded) {
        if (rounded <= -1.5) {
            return "Very Low";
        }
        if (rounded <= -0.5) {
            return "Low";
        }
        if (rounded <= 0) {
            return "Moderate Low";
        }
        if (rounded <= 0.5) {
            return "Moderate High";
        }
        return rounded <= 1.5 ? "High" : "Very High";
    }

    /** True for Very Low, Low and Moderate Low (pathways.md section 2.1). */
    public static boolean isLower(String category) {
        return "Very Low".equals(category) || "Low".equals(category) || "Moderate Low".equals(category);
    }

    public static IpssmResult compute(IpssmInputs in) {
        Map<String, Double> x = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        x.put("HB1", in.hb() == null ? null : Math.min(Math.max(in.hb(), 4), 20));
        if (in.hb() != null && in.hb() < 4) {
            warnings.add("hemoglobin below 4 g/dL was limited to 4 (R package behaviour)");
        }
        x.put("TRANSF_PLT100", in.plt() == null ? null : Math.min(in.plt(), 250) / 100);
        x.put("BLAST5", in.blasts() == null ? null : Math.min(in.blasts(), 20) / 5);
        x.put("CYTOVEC", in.cyto() == null ? null : in.cyto().doubleValue());
        noteMissing(in, missing);
        x.put("TP53multi", asDouble(tp53multi(in)));
        for (String g : List.of("FLT3", "MLL_PTD")) {
            x.put(g, in.gene(g) == null ? null : in.gene(g).doubleValue());
        }
        Truth sf3b1 = bit(in.gene("SF3B1"));
        Truth sf5q = sf3b1.and(bit(in.del5q()))
                .and(bit(in.del7_7q()).not())
                .and(bit(in.complex()).not());
        x.put("SF3B1_5q", asDouble(sf5q));
        for (String g : IpssmInputs.MAIN_GENES) {
            x.put(g, in.gene(g) == null ? null : in.gene(g).doubleValue());
        }
        Truth alpha = sf3b1.and(sf5q.not());
        for (String g : List.of("SRSF2", "STAG2", "BCOR", "BCORL1", "RUNX1", "NRAS")) {
            alpha = alpha.and(bit(in.gene(g)).not());
        }
        x.put("SF3B1_alpha", asDouble(alpha));
        int n = 0;
        int m = 0;
        for (String g : IpssmInputs.RESIDUAL_GENES) {
            Integer v = in.gene(g);
            if (v == null) {
                m++;
            } else {
                n += v;
            }
        }
        IpssmResult.Scenario best = scenario(x, "best", Math.min(n, 2));
        IpssmResult.Scenario mean =
                scenario(x, "mean", Math.min(n, 2) + Math.max(((2.0 - n) / 2.0) * (m / 15.0) * NREF, 0));
        IpssmResult.Scenario worst = scenario(x, "worst", Math.min(n + m, 2));
        boolean clinicalMissing = in.hb() == null || in.plt() == null || in.blasts() == null || in.cyto() == null;
        return new IpssmResult(best, mean, worst, annotate(best, mean, worst), missing, clinicalMissing, warnings);
    }

    private static void noteMissing(IpssmInputs in, List<String> missing) {
        addIfNull(missing, "HB", in.hb());
        addIfNull(missing, "PLT", in.plt());
        addIfNull(missing, "BM_BLAST", in.blasts());
        addIfNull(missing, "CYTO_IPSSR", in.cyto());
        addIfNull(missing, "del5q", in.del5q());
        addIfNull(missing, "del7_7q", in.del7_7q());
        addIfNull(missing, "del17_17p", in.del17_17p());
        addIfNull(missing, "complex", in.complex());
        addIfNull(missing, "TP53mut", in.tp53mut());
        addIfNull(missing, "TP53loh", in.tp53loh());
        for (String g : List.of("MLL_PTD", "FLT3", "SF3B1")) {
            addIfNull(missing, g, in.gene(g));
        }
        for (String g : IpssmInputs.MAIN_GENES) {
            addIfNull(missing, g, in.gene(g));
        }
        for (String g : IpssmInputs.RESIDUAL_GENES) {
            addIfNull(missing, g, in.gene(g));
        }
    }

    private static void addIfNull(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }

    /** TP53multi in three-valued logic (risk-scores.md section 2.2). */
    static Truth tp53multi(IpssmInputs in) {
        Truth loh = (in.tp53maxVafPct() != null && in.tp53maxVafPct() > 55)
                        || Integer.valueOf(1).equals(in.del17_17p())
                ? Truth.TRUE
                : bit(in.tp53loh());
        Integer mut = in.tp53mut();
        if (mut == null) {
            return Truth.UNKNOWN;
        }
        if (mut >= 2) {
            return Truth.TRUE;
        }
        if (mut == 0) {
            return Truth.FALSE;
        }
        return loh;
    }

    private static IpssmResult.Scenario scenario(Map<String, Double> x, String which, double nres2) {
        double sum = 0;
        for (Map.Entry<String, double[]> e : IpssmModel.MODEL.entrySet()) {
            String name = e.getKey();
            double beta = e.getValue()[0];
            double centre = e.getValue()[1];
            Double v = "nRes2".equals(name) ? Double.valueOf(nres2) : x.get(name);
            double value = v != null ? v : IpssmModel.fill(name, which, centre);
            sum += beta * (value - centre) / LN2;
        }
        double rounded = Math.round(sum * 100) / 100.0;
        return new IpssmResult.Scenario(rounded, category(rounded));
    }

    /** R {@code IPSSMannotate} with range.max = 1. */
    private static IpssmResult.Reported annotate(
            IpssmResult.Scenario best, IpssmResult.Scenario mean, IpssmResult.Scenario worst) {
        if (worst.score() - best.score() <= 1 + 1e-9) {
            return new IpssmResult.Reported(mean.score(), mean.category(), "range <= 1: mean score reported");
        }
        if (best.category().equals(worst.category())) {
            return new IpssmResult.Reported(null, best.category(), "range > 1, same category: category only");
        }
        return new IpssmResult.Reported(null, null, "range > 1 across categories: no single result");
    }

    private static Truth bit(Integer v) {
        return v == null ? Truth.UNKNOWN : Truth.of(v == 1);
    }

    private static Double asDouble(Truth t) {
        return t == Truth.UNKNOWN ? null : (t == Truth.TRUE ? 1.0 : 0.0);
    }
}
