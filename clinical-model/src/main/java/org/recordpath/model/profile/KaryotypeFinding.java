package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.List;
import org.recordpath.model.fact.Provenance;

/**
 * The current conventional karyotype (or, without one, what a report states about it) with the flags the risk
 * scores and pathways use. A flag is null when it cannot be known (no karyotype, or fewer than 20 metaphases and no
 * FISH for that region).
 *
 * @param iscn the ISCN string as printed, null when only a category or FISH result is known
 * @param ipssrCategory IPSS-R cytogenetic category, null when unknown
 * @param del5q clonal del(5q) (IPSS-R sense)
 * @param minus7OrDel7q clonal -7 or del(7q)
 * @param del17p clonal -17 or del(17p) (also from FISH)
 * @param complex 3 or more abnormalities (risk-scores.md section 3.5)
 * @param isolatedDel5q del(5q) alone or with one other abnormality that is not -7/del(7q)
 * @param abnormalityCount N, the number of distinct clonal abnormalities
 * @param abnormalities the clonal abnormalities, e.g. ["del(5)(q13q33)"]
 * @param source "karyotype", "fish" or "reported"
 * @param metaphases number of metaphases analysed, when stated
 */
public record KaryotypeFinding(
        String iscn,
        CytoCategory ipssrCategory,
        Boolean del5q,
        Boolean minus7OrDel7q,
        Boolean del17p,
        Boolean complex,
        Boolean isolatedDel5q,
        Integer abnormalityCount,
        List<String> abnormalities,
        String source,
        Integer metaphases,
        LocalDate date,
        Provenance provenance) {
    public KaryotypeFinding {
        abnormalities = abnormalities == null ? List.of() : List.copyOf(abnormalities);
    }
}
