package org.recordpath.guidance.risk;

import java.util.List;
import org.recordpath.guidance.logic.FactUse;

/**
 * The lower/higher risk group that selects the {@code lr-*} or {@code hr-*} pathways (pathways.md section 2.1).
 *
 * @param group "lower", "higher" or "unknown"
 * @param basis "IPSS-M", "IPSS-R", "IPSS-R bounds", "reported", or "none"
 * @param explanation the rule that applied, in words
 * @param flags disagreements for clinician review
 */
public record RiskGroupDecision(
        String group, String basis, String explanation, List<String> flags, List<FactUse> facts) {
    public RiskGroupDecision {
        flags = List.copyOf(flags);
        facts = List.copyOf(facts);
    }
}
