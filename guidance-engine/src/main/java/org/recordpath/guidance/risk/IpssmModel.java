package org.recordpath.guidance.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/** The IPSS-M model constants (risk-scores.md sections 2.3 and 2.5). */
final class IpssmModel {
    /** beta and centring mean per model variable (R {@code IPSSMmain} defaults). */
    static final Map<String, double[]> MODEL = new LinkedHashMap<>();

    static {
        MODEL.put("HB1", new double[] {-0.171, 9.87});
        MODEL.put("TRANSF_PLT100", new double[] {-0.222, 1.41});
        MODEL.put("BLAST5", new double[] {0.352, 0.922});
        MODEL.put("CYTOVEC", new double[] {0.287, 1.39});
        MODEL.put("TP53multi", new double[] {1.18, 0.071});
        MODEL.put("FLT3", new double[] {0.798, 0.0108});
        MODEL.put("MLL_PTD", new double[] {0.798, 0.0247});
        MODEL.put("SF3B1_5q", new double[] {0.504, 0.0166});
        MODEL.put("NPM1", new double[] {0.43, 0.0112});
        MODEL.put("RUNX1", new double[] {0.423, 0.126});
        MODEL.put("NRAS", new double[] {0.417, 0.0362});
        MODEL.put("ETV6", new double[] {0.391, 0.0216});
        MODEL.put("IDH2", new double[] {0.379, 0.0429});
        MODEL.put("CBL", new double[] {0.295, 0.0473});
        MODEL.put("EZH2", new double[] {0.27, 0.0588});
        MODEL.put("U2AF1", new double[] {0.247, 0.0866});
        MODEL.put("SRSF2", new double[] {0.239, 0.158});
        MODEL.put("DNMT3A", new double[] {0.221, 0.161});
        MODEL.put("ASXL1", new double[] {0.213, 0.252});
        MODEL.put("KRAS", new double[] {0.202, 0.0271});
        MODEL.put("SF3B1_alpha", new double[] {-0.0794, 0.186});
        MODEL.put("nRes2", new double[] {0.231, 0.388});
    }

    private IpssmModel() {}

    /** The value that replaces an NA in each scenario (risk-scores.md section 2.5 table). */
    static double fill(String name, String which, double centre) {
        if ("mean".equals(which)) {
            return centre;
        }
        boolean best = "best".equals(which);
        switch (name) {
            case "HB1":
                return best ? 20 : 4;
            case "TRANSF_PLT100":
                return best ? 2.5 : 0;
            case "BLAST5":
            case "CYTOVEC":
                return best ? 0 : 4;
            case "SF3B1_alpha":
                return best ? 1 : 0;
            default:
                return best ? 0 : 1;
        }
    }
}
