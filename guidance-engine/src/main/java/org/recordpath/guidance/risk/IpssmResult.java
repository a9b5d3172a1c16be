package org.recordpath.guidance.risk;

import java.util.List;

/**
 * IPSS-M with the best, mean and worst scenarios for missing inputs (risk-scores.md section 2.5).
 *
 * @param reported the single result per IPSSMannotate: a score and category, only a category, or neither
 * @param missing the model inputs that were NA, e.g. "MLL_PTD", "BCOR", "HB"
 * @param clinicalInputsMissing HB, PLT, BM_BLAST or CYTO_IPSSR was NA: shown but never sets the risk group alone
 */
public record IpssmResult(
        Scenario best,
        Scenario mean,
        Scenario worst,
        Reported reported,
        List<String> missing,
        boolean clinicalInputsMissing,
        List<String> warnings) {
    public IpssmResult {
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** A score rounded to 2 decimals and its category. */
    public record Scenario(double score, String category) {}

    /**
     * The single reported result.
     *
     * @param score null when best and worst are more than 1 apart
     * @param category null when best and worst also fall in different categories
     * @param rule which IPSSMannotate rule applied
     */
    public record Reported(Double score, String category, String rule) {}
}
