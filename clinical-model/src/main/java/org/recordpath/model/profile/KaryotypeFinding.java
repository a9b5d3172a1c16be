package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * @param ipssrRange the IPSS-R category as a range when only a range is known (then {@code ipssrCategory} is null),
 *     e.g. Poor–Very Poor for a karyotype reported as "complex"; null otherwise
 * @param repairs the named repairs applied to the karyotype as written before it could be read (#14); a repaired
 *     karyotype is shown for review
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
        Provenance provenance,
        CytoRange ipssrRange,
        List<String> repairs) {
    public KaryotypeFinding {
        abnormalities = abnormalities == null ? List.of() : List.copyOf(abnormalities);
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
        if (ipssrRange != null && ipssrRange.exact()) {
            ipssrCategory = ipssrRange.low();
            ipssrRange = null;
        }
        if (ipssrRange != null && ipssrCategory != null) {
            throw new IllegalArgumentException("an exact category and a range at once");
        }
    }

    /** A finding with an exact category (or none) and no repairs. */
    public KaryotypeFinding(
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
        this(
                iscn,
                ipssrCategory,
                del5q,
                minus7OrDel7q,
                del17p,
                complex,
                isolatedDel5q,
                abnormalityCount,
                abnormalities,
                source,
                metaphases,
                date,
                provenance,
                null,
                List.of());
    }

    /** The category as a range: exact, a range, or empty when unknown. */
    public Optional<CytoRange> ipssrCategoryRange() {
        if (ipssrCategory != null) {
            return Optional.of(CytoRange.of(ipssrCategory));
        }
        return Optional.ofNullable(ipssrRange);
    }
}
