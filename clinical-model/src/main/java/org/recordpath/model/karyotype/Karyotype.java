package org.recordpath.model.karyotype;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.CytoRange;
import org.recordpath.model.profile.KaryotypeFinding;

/**
 * A parsed karyotype with its IPSS-R reading (risk-scores.md section 3).
 *
 * @param iscn the string as given
 * @param clones clones in the order written, idem/sl/sdl expanded
 * @param abnormalities the distinct clonal abnormalities that are scored (N counts their weights)
 * @param nonClonal abnormalities seen in too few metaphases; listed, not scored
 * @param abnormalityCount N
 * @param lineages groups of related abnormal clones
 * @param ipssrRange the IPSS-R cytogenetic category; a range when the abnormality count is known only as a range
 *     (a marker range {@code +1~3mar}, a karyotype reported as "complex")
 * @param complexUncertain whether the range of the count leaves open if the karyotype is complex
 * @param reviewFlags conventions a navigator should check (independent clones, 3q breakpoints, inc, repairs...)
 * @param warnings slips found while reading (modal number mismatch, 45,X read as -Y...)
 * @param repairs the named repairs ({@link RepairRule}) applied to the string as written before it could be read
 */
public record Karyotype(
        String iscn,
        List<Clone> clones,
        List<Abnormality> abnormalities,
        List<Abnormality> nonClonal,
        int abnormalityCount,
        List<Lineage> lineages,
        CytoRange ipssrRange,
        boolean complexUncertain,
        KaryotypeFlags flags,
        List<String> reviewFlags,
        List<String> warnings,
        List<String> repairs) {
    /** Flags other than "present" are only trusted from this many metaphases (section 3.6). */
    public static final int FULL_ANALYSIS_METAPHASES = 20;

    public Karyotype {
        Objects.requireNonNull(iscn, "iscn");
        Objects.requireNonNull(ipssrRange, "ipssrRange");
        Objects.requireNonNull(flags, "flags");
        clones = List.copyOf(clones);
        abnormalities = List.copyOf(abnormalities);
        nonClonal = List.copyOf(nonClonal);
        lineages = List.copyOf(lineages);
        reviewFlags = List.copyOf(reviewFlags);
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }

    /** The IPSS-R cytogenetic category when it is exact, null when only {@link #ipssrRange()} is known. */
    public CytoCategory ipssrCategory() {
        return ipssrRange.exact() ? ipssrRange.low() : null;
    }

    /** Whether the string was read only after repairs (then it carries a review flag). */
    public boolean repaired() {
        return !repairs.isEmpty();
    }

    /** Whether the result is only what free text stated ("complex", "normal"), with no clones to read. */
    public boolean statedOnly() {
        return clones.isEmpty();
    }

    /** This karyotype read from {@code written} after {@code applied} repairs, flagged for review. */
    Karyotype repairedFrom(String written, List<String> applied) {
        if (applied.isEmpty()) {
            return this;
        }
        List<String> review = new ArrayList<>(reviewFlags);
        review.add(
                0,
                "repaired before reading (" + applied.size() + " repair" + (applied.size() == 1 ? "" : "s")
                        + "): check against the report");
        return new Karyotype(
                written,
                clones,
                abnormalities,
                nonClonal,
                abnormalityCount,
                lineages,
                ipssrRange,
                complexUncertain,
                flags,
                review,
                warnings,
                applied);
    }

    /** Total metaphases counted over all clones, null when the karyotype gives no counts. */
    public Integer metaphases() {
        if (clones.isEmpty() || clones.stream().anyMatch(c -> c.cells() == null)) {
            return null;
        }
        return clones.stream().mapToInt(Clone::cells).sum();
    }

    /** Whether two or more independent abnormal clones were found. */
    public boolean independentClones() {
        return lineages.size() > 1;
    }

    /** The canonical texts of the scored clonal abnormalities. */
    public List<String> abnormalityTexts() {
        return abnormalities.stream().map(Abnormality::text).toList();
    }

    /**
     * The profile's karyotype finding. A present flag is always set; an absent one is FALSE only with at least
     * {@value #FULL_ANALYSIS_METAPHASES} metaphases, else null (unknown), as section 3.6 requires.
     */
    public KaryotypeFinding toFinding(LocalDate date, Provenance provenance) {
        Integer metaphases = metaphases();
        boolean full = metaphases != null && metaphases >= FULL_ANALYSIS_METAPHASES;
        Boolean del5q = known(flags.del5q(), full);
        Boolean isolated = del5q == null || complexUncertain ? null : del5q && flags.isolatedDel5q();
        return new KaryotypeFinding(
                iscn,
                ipssrCategory(),
                del5q,
                known(flags.minus7OrDel7q(), full),
                known(flags.ipssmDel17or17p(), full),
                complexUncertain ? null : known(flags.complex(), full),
                isolated,
                statedOnly() ? null : abnormalityCount,
                abnormalityTexts(),
                "karyotype",
                metaphases,
                date,
                provenance,
                ipssrRange.exact() ? null : ipssrRange,
                repairs);
    }

    /** The JSON-able summary printed by {@code recordpath karyotype}. */
    public KaryotypeSummary summary() {
        return KaryotypeSummary.of(this);
    }

    private static Boolean known(boolean present, boolean full) {
        return present ? Boolean.TRUE : full ? Boolean.FALSE : null;
    }
}
