package org.recordpath.model.hgvs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordpath.model.hgvs.ProteinChange.Kind;

/**
 * Recursive-descent reader of one protein change (after any accession), in one-letter or three-letter codes but
 * not both: "p.R132H", "p.(Arg132His)", "R132H", "p.G646Wfs*12", "p.P95_R102del", "p.*110Qext*17", "p.M1?".
 */
final class ProteinParser {
    private final String text;
    private int at;
    private Boolean threeLetter;

    private ProteinParser(String text) {
        this.text = text;
    }

    static ProteinChange parse(String accession, String input, boolean prefixed) {
        String body = input;
        boolean predicted = false;
        if (body.startsWith("(") && body.endsWith(")")) {
            predicted = true;
            body = body.substring(1, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw new HgvsSyntaxException("no change after 'p.'");
        }
        if (predicted && body.equals("?")) {
            throw new HgvsSyntaxException("'p.(?)' is not HGVS: an unknown effect is written 'p.?'");
        }
        switch (body) {
            case "=":
                return new ProteinChange(accession, predicted, Kind.SYNONYMOUS, null, null, null, null, List.of(), "");
            case "?":
                return new ProteinChange(
                        accession, predicted, Kind.UNKNOWN_EFFECT, null, null, null, null, List.of(), "");
            case "0":
            case "0?":
                return new ProteinChange(
                        accession, predicted, Kind.NO_PROTEIN, null, null, null, null, List.of(), body.substring(1));
            default:
                return new ProteinParser(body).change(accession, predicted);
        }
    }

    private ProteinChange change(String accession, boolean predicted) {
        AminoAcid residue = residue("a residue");
        int position = position();
        AminoAcid endResidue = null;
        Integer endPosition = null;
        if (accept("_")) {
            endResidue = residue("the residue ending the range");
            endPosition = position();
            if (endPosition <= position) {
                throw new HgvsSyntaxException("range end " + endPosition + " is not after its start " + position);
            }
        }
        boolean editInParentheses = !predicted && text.startsWith("(", at) && text.endsWith(")");
        if (editInParentheses) {
            at++;
        }
        String end = editInParentheses ? text.substring(0, text.length() - 1) : text;
        ProteinChange change =
                edit(end, accession, predicted || editInParentheses, residue, position, endResidue, endPosition);
        if (endResidue != null && !isRangeKind(change.kind())) {
            throw new HgvsSyntaxException(change.kind().name().toLowerCase() + " takes one position, not a range");
        }
        return change;
    }

    private ProteinChange edit(
            String end,
            String accession,
            boolean predicted,
            AminoAcid residue,
            int position,
            AminoAcid endResidue,
            Integer endPosition) {
        String rest = end.substring(Math.min(at, end.length()));
        Kind kind;
        List<AminoAcid> sequence = List.of();
        String tail = "";
        if (rest.equals("=")) {
            kind = Kind.SYNONYMOUS;
        } else if (rest.equals("?")) {
            kind = Kind.UNKNOWN_EFFECT;
        } else if (rest.equals("del")) {
            kind = Kind.DELETION;
        } else if (rest.equals("dup")) {
            kind = Kind.DUPLICATION;
        } else if (rest.startsWith("delins")) {
            kind = Kind.DELINS;
            sequence = sequence(rest.substring(6));
        } else if (rest.startsWith("ins")) {
            kind = Kind.INSERTION;
            sequence = sequence(rest.substring(3));
            if (endResidue == null) {
                throw new HgvsSyntaxException("an insertion needs the two flanking residues (A1_B2insC)");
            }
        } else if (rest.isEmpty()) {
            throw new HgvsSyntaxException("a position without a change");
        } else {
            ProteinParser tailReader = new ProteinParser(rest);
            tailReader.threeLetter = threeLetter;
            char first = rest.charAt(0);
            AminoAcid next = Character.isUpperCase(first) || first == '*' ? tailReader.residue("a residue") : null;
            String after = rest.substring(tailReader.at);
            if (after.startsWith("fs")) {
                kind = Kind.FRAMESHIFT;
                tail = ChainEnd.frameshift(after.substring(2));
            } else if (after.startsWith("ext")) {
                kind = Kind.EXTENSION;
                tail = ChainEnd.extension(after.substring(3));
            } else if (next != null && after.isEmpty()) {
                kind = next == residue ? Kind.SYNONYMOUS : Kind.SUBSTITUTION;
            } else {
                throw new HgvsSyntaxException("'" + rest + "' is not a protein change");
            }
            threeLetter = tailReader.threeLetter;
            sequence = next == null || kind == Kind.SYNONYMOUS ? List.of() : List.of(next);
        }
        return new ProteinChange(
                accession, predicted, kind, residue, position, endResidue, endPosition, sequence, tail);
    }

    private static boolean isRangeKind(Kind kind) {
        return kind == Kind.DELETION || kind == Kind.DUPLICATION || kind == Kind.INSERTION || kind == Kind.DELINS;
    }

    private List<AminoAcid> sequence(String sequence) {
        if (sequence.isEmpty()) {
            throw new HgvsSyntaxException("inserted residues missing");
        }
        ProteinParser reader = new ProteinParser(sequence);
        reader.threeLetter = threeLetter;
        List<AminoAcid> residues = new ArrayList<>();
        while (reader.at < sequence.length()) {
            AminoAcid aa = reader.residue("an inserted residue");
            if (!residues.isEmpty() && residues.get(residues.size() - 1) == AminoAcid.TER) {
                throw new HgvsSyntaxException("residues after a stop codon in '" + sequence + "'");
            }
            residues.add(aa);
        }
        threeLetter = reader.threeLetter;
        return residues;
    }

    private AminoAcid residue(String what) {
        if (at >= text.length()) {
            throw new HgvsSyntaxException(what + " is missing");
        }
        if (text.startsWith("Ter", at) || text.charAt(at) == '*') {
            at += text.charAt(at) == '*' ? 1 : 3;
            return AminoAcid.TER;
        }
        if (at + 3 <= text.length()) {
            Optional<AminoAcid> three = AminoAcid.ofThreeLetter(text.substring(at, at + 3));
            if (three.isPresent() && !Boolean.FALSE.equals(threeLetter)) {
                threeLetter = Boolean.TRUE;
                at += 3;
                return three.get();
            }
        }
        char c = text.charAt(at);
        Optional<AminoAcid> one = Character.isUpperCase(c) ? AminoAcid.ofOneLetter(c) : Optional.empty();
        if (one.isEmpty()) {
            throw new HgvsSyntaxException("'" + text.substring(at) + "' does not start with " + what);
        }
        if (Boolean.TRUE.equals(threeLetter) && c != 'X') {
            throw new HgvsSyntaxException("one- and three-letter amino-acid codes mixed in '" + text + "'");
        }
        if (c != 'X') {
            threeLetter = Boolean.FALSE;
        }
        at++;
        return one.get();
    }

    private int position() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at || text.charAt(start) == '0' || at - start > 6) {
            throw new HgvsSyntaxException("a residue position (1 or more) is missing or malformed in '" + text + "'");
        }
        return Integer.parseInt(text.substring(start, at));
    }

    private boolean accept(String token) {
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }
}
