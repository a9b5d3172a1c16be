package org.recordpath.model.karyotype;

import java.util.List;
import java.util.Objects;

/**
 * One clone (cell population) of a karyotype, after {@code idem}/{@code sl}/{@code sdl} expansion.
 *
 * @param modal the modal number as written: "46", "45~47", "69<3n>"
 * @param sexChromosomes upper case, e.g. "XY", "X", "XXY"
 * @param abnormalities all abnormalities of the clone, inherited ones first (constitutional ones included)
 * @param cells metaphases counted, null when the karyotype gives no counts
 * @param composite a {@code [cp n]} clone
 * @param incomplete marked {@code inc}: the listed abnormalities are a lower bound
 * @param derivedFrom index of the clone named by idem/sl/sdl, -1 when written out in full
 */
public record Clone(
        String modal,
        String sexChromosomes,
        List<Abnormality> abnormalities,
        Integer cells,
        boolean composite,
        boolean incomplete,
        int derivedFrom) {
    public Clone {
        Objects.requireNonNull(modal, "modal");
        Objects.requireNonNull(sexChromosomes, "sexChromosomes");
        abnormalities = List.copyOf(abnormalities);
    }

    /** Whether the clone carries no scored abnormality (the normal cell population). */
    public boolean normal() {
        return abnormalities.stream().noneMatch(Abnormality::scored);
    }

    /** Canonical ISCN text of the clone with its inherited abnormalities written out. */
    public String text() {
        StringBuilder text = new StringBuilder(modal).append(',').append(sexChromosomes);
        abnormalities.forEach(a -> text.append(',').append(a.text()).append(a.constitutional() ? "c" : ""));
        if (incomplete) {
            text.append(",inc");
        }
        if (cells != null) {
            text.append('[').append(composite ? "cp" : "").append(cells).append(']');
        }
        return text.toString();
    }
}
