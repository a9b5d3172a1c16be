package org.recordpath.model.hgvs;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A protein change. The canonical form is {@link #oneLetter()} ("p.R132H", "p.G646Wfs*12"); {@link
 * #threeLetter()} renders the same change with three-letter codes ("p.Arg132His", "p.Gly646TrpfsTer12").
 *
 * @param accession reference sequence ("NP_000001.1"), null when not given
 * @param predicted written in parentheses, "p.(Arg132His)"
 * @param residue first (or only) residue, null for whole-protein changes (p.=, p.?, p.0)
 * @param position its position, null with {@code residue}
 * @param endResidue last residue of an interval, else null
 * @param endPosition its position, else null
 * @param sequence substituted or inserted residues; for a frameshift or extension the first new residue, if given
 * @param tail frameshift or extension end: "" (none), "*" (stop, no count), "*12", "*?", or "-5" (N-terminal
 *     extension); for p.0 "?" when uncertain
 */
public record ProteinChange(
        String accession,
        boolean predicted,
        Kind kind,
        AminoAcid residue,
        Integer position,
        AminoAcid endResidue,
        Integer endPosition,
        List<AminoAcid> sequence,
        String tail) {

    /** The kinds of protein change HGVS describes that this model supports. */
    public enum Kind {
        SUBSTITUTION,
        SYNONYMOUS,
        UNKNOWN_EFFECT,
        NO_PROTEIN,
        DELETION,
        DUPLICATION,
        INSERTION,
        DELINS,
        FRAMESHIFT,
        EXTENSION
    }

    public ProteinChange {
        Objects.requireNonNull(kind, "kind");
        sequence = List.copyOf(sequence);
        tail = tail == null ? "" : tail;
        if ((residue == null) != (position == null)) {
            throw new IllegalArgumentException("residue and position go together");
        }
    }

    /** The canonical form: one-letter codes, "p." prefix, no parentheses, no accession. */
    public String oneLetter() {
        return render(AminoAcid::oneLetter, "*");
    }

    /** The same change with three-letter codes ("Ter" for the stop codon). */
    public String threeLetter() {
        return render(AminoAcid::threeLetter, "Ter");
    }

    @Override
    public String toString() {
        return oneLetter();
    }

    private String render(Function<AminoAcid, String> code, String stop) {
        String end = tail.startsWith("*") ? stop + tail.substring(1) : tail;
        String at = residue == null ? "" : code.apply(residue) + position;
        String range = endResidue == null ? at : at + "_" + code.apply(endResidue) + endPosition;
        String seq = String.join("", sequence.stream().map(code).toList());
        String body = switch (kind) {
            case SYNONYMOUS -> at + "=";
            case UNKNOWN_EFFECT -> at + "?";
            case NO_PROTEIN -> "0" + tail;
            case SUBSTITUTION -> at + seq;
            case DELETION -> range + "del";
            case DUPLICATION -> range + "dup";
            case INSERTION -> range + "ins" + seq;
            case DELINS -> range + "delins" + seq;
            case FRAMESHIFT -> at + seq + "fs" + end;
            case EXTENSION -> at + seq + "ext" + end;
        };
        return "p." + body;
    }
}
