package org.recordpath.model.hgvs;

import java.util.Objects;

/**
 * A coding DNA change, canonical as {@link #text()}: "c.2098A>G", "c.1934dup", "c.284_307del",
 * "c.863_864insCATG", "c.1234+1G>A". Deleted and duplicated bases are not repeated in the canonical form.
 *
 * @param accession reference sequence ("NM_000014.4", with any "(GENE)" dropped), null when not given
 * @param location position or interval as written, e.g. "1934", "284_307", "-14", "*46", "(4_6)_246"
 * @param reference the reference base of a substitution, else ""
 * @param sequence the variant base of a substitution or the inserted bases, else ""
 * @param copies for a copy-number change ("copy2"), else null
 * @param predicted the edit was written in parentheses
 */
public record CodingChange(
        String accession,
        String location,
        Kind kind,
        String reference,
        String sequence,
        Integer copies,
        boolean predicted) {

    /** The kinds of DNA edit supported. */
    public enum Kind {
        SUBSTITUTION,
        DELETION,
        DUPLICATION,
        INSERTION,
        DELINS,
        INVERSION,
        IDENTITY,
        COPY
    }

    public CodingChange {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        sequence = sequence == null ? "" : sequence;
    }

    /** The canonical form, "c." prefix, no accession. */
    public String text() {
        String edit = switch (kind) {
            case SUBSTITUTION -> reference + ">" + sequence;
            case DELETION -> "del";
            case DUPLICATION -> "dup";
            case INSERTION -> "ins" + sequence;
            case DELINS -> "delins" + sequence;
            case INVERSION -> "inv";
            case IDENTITY -> "=";
            case COPY -> "copy" + copies;
        };
        return "c." + location + (predicted ? "(" + edit + ")" : edit);
    }

    @Override
    public String toString() {
        return text();
    }
}
