package org.recordpath.model.karyotype;

import java.util.List;

/**
 * One line of {@code recordpath karyotype} output: the parse, the flags and the IPSS-R category, or the error.
 * Plain record for JSON serialisation; on error every field but {@code input} and {@code error} is null.
 *
 * @param del17p clonal -17 or del(17p)
 * @param ipssrCategory the category, or a range such as "Poor–Very Poor"
 * @param repairs repairs applied before parsing, each "rule id: what was changed" (empty when parsed as given)
 */
public record KaryotypeSummary(
        String input,
        String error,
        List<CloneSummary> clones,
        List<String> abnormalities,
        List<String> nonClonal,
        Integer abnormalityCount,
        Boolean del5q,
        Boolean minus7OrDel7q,
        Boolean del17p,
        Boolean complex,
        String ipssrCategory,
        Integer metaphases,
        List<String> reviewFlags,
        List<String> warnings,
        List<String> repairs) {

    /** One clone: modal number, sex chromosomes, abnormalities after idem/sl/sdl expansion, cell count. */
    public record CloneSummary(
            String modal, String sexChromosomes, List<String> abnormalities, Integer cells, boolean composite) {
        public CloneSummary {
            abnormalities = List.copyOf(abnormalities);
        }
    }

    public KaryotypeSummary {
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    static KaryotypeSummary of(Karyotype k) {
        boolean stated = k.statedOnly();
        List<CloneSummary> clones = k.clones().stream()
                .map(c -> new CloneSummary(
                        c.modal(),
                        c.sexChromosomes(),
                        c.abnormalities().stream()
                                .map(a -> a.text() + (a.constitutional() ? "c" : ""))
                                .toList(),
                        c.cells(),
                        c.composite()))
                .toList();
        return new KaryotypeSummary(
                k.iscn(),
                null,
                clones,
                k.abnormalityTexts(),
                k.nonClonal().stream().map(Abnormality::text).toList(),
                stated ? null : k.abnormalityCount(),
                stated ? null : k.flags().del5q(),
                stated ? null : k.flags().minus7OrDel7q(),
                stated ? null : k.flags().ipssmDel17or17p(),
                k.complexUncertain() ? null : k.flags().complex(),
                k.ipssrRange().toString(),
                k.metaphases(),
                k.reviewFlags(),
                k.warnings(),
                k.repairs());
    }

    static KaryotypeSummary error(String input, String reason) {
        return new KaryotypeSummary(
                input, reason, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
