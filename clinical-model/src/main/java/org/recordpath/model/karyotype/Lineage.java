package org.recordpath.model.karyotype;

import java.util.List;

/**
 * Related clones (stemline and sidelines, linked by idem/sl/sdl or a shared clonal abnormality).
 *
 * @param clones 0-based indexes into {@link Karyotype#clones()}
 * @param abnormalities its distinct clonal abnormalities
 * @param count n(L): the number of abnormalities they count for (markers may count more than 1)
 */
public record Lineage(List<Integer> clones, List<Abnormality> abnormalities, int count) {
    public Lineage {
        clones = List.copyOf(clones);
        abnormalities = List.copyOf(abnormalities);
    }
}
