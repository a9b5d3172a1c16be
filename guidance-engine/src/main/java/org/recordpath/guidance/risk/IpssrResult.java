package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.List;

/**
 * IPSS-R (Greenberg 2012). Defined only when all five inputs are known; otherwise {@code score} and {@code category}
 * are null and {@code min}/{@code max} give the possible range (risk-scores.md section 1.6). When the only open input
 * is a cytogenetic category known as a range (#14, "complex": Poor–Very Poor), {@code category} is the risk group
 * if both ends of the score range fall in the same group, and the score stays null.
 *
 * @param ageAdjusted IPSS-RA, extra information only (never used for the risk group); null without score or age
 */
public record IpssrResult(
        BigDecimal score,
        String category,
        List<IpssrComponent> components,
        BigDecimal min,
        BigDecimal max,
        List<String> missing,
        AgeAdjusted ageAdjusted) {
    public IpssrResult {
        components = List.copyOf(components);
        missing = List.copyOf(missing);
    }

    public boolean computable() {
        return score != null;
    }

    /** IPSS-RA = S + (age - 70) x (0.05 - 0.005 S), 4 decimals; "only for survival estimation". */
    public record AgeAdjusted(BigDecimal score, String category, int age) {}
}
