package org.recordpath.guidance.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPSS-M inputs of one patient (risk-scores.md section 2.1); null is NA.
 *
 * @param hb g/dL
 * @param plt 10^9/L
 * @param blasts BM blasts %
 * @param cyto IPSS-R cytogenetic category as CYTOVEC 0-4
 * @param tp53mut number of TP53 mutations, 2 meaning "2 or more"
 * @param tp53maxVafPct highest TP53 VAF in percent
 * @param genes 0/1/NA for the main-effect genes (incl. MLL_PTD, FLT3, SF3B1) and the 15 residual genes; TP53 is
 *     given by {@code tp53mut}
 */
public record IpssmInputs(
        Double hb,
        Double plt,
        Double blasts,
        Integer cyto,
        Integer del5q,
        Integer del7_7q,
        Integer del17_17p,
        Integer complex,
        Integer tp53mut,
        Double tp53maxVafPct,
        Integer tp53loh,
        Map<String, Integer> genes) {

    /** The main-effect genes with a term of their own besides TP53, MLL_PTD, FLT3 and SF3B1. */
    public static final List<String> MAIN_GENES = List.of(
            "NPM1", "RUNX1", "NRAS", "ETV6", "IDH2", "CBL", "EZH2", "U2AF1", "SRSF2", "DNMT3A", "ASXL1", "KRAS");

    /** The 15 residual genes that enter through nRes2. */
    public static final List<String> RESIDUAL_GENES = List.of(
            "BCOR", "BCORL1", "CEBPA", "ETNK1", "GATA2", "GNB1", "IDH1", "NF1", "PHF6", "PPM1D", "PRPF8", "PTPN11",
            "SETBP1", "STAG2", "WT1");

    public IpssmInputs {
        genes = java.util.Collections.unmodifiableMap(new HashMap<>(genes));
    }

    /** 0, 1 or null (NA) for a gene or MLL_PTD/FLT3/SF3B1. */
    public Integer gene(String name) {
        return genes.get(name);
    }
}
