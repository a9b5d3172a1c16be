package org.recordpath.model.hgvs;

import java.util.Optional;

/** Amino acids with their one- and three-letter HGVS codes; {@link #TER} is the stop codon ('*', "Ter"). */
public enum AminoAcid {
    ALA('A', "Ala"),
    ARG('R', "Arg"),
    ASN('N', "Asn"),
    ASP('D', "Asp"),
    CYS('C', "Cys"),
    GLN('Q', "Gln"),
    GLU('E', "Glu"),
    GLY('G', "Gly"),
    HIS('H', "His"),
    ILE('I', "Ile"),
    LEU('L', "Leu"),
    LYS('K', "Lys"),
    MET('M', "Met"),
    PHE('F', "Phe"),
    PRO('P', "Pro"),
    SER('S', "Ser"),
    THR('T', "Thr"),
    TRP('W', "Trp"),
    TYR('Y', "Tyr"),
    VAL('V', "Val"),
    ASX('B', "Asx"),
    GLX('Z', "Glx"),
    SEC('U', "Sec"),
    XAA('?', "Xaa"),
    TER('*', "Ter");

    private final char one;
    private final String three;

    AminoAcid(char one, String three) {
        this.one = one;
        this.three = three;
    }

    /** One-letter code; '*' for the stop codon. Xaa has no one-letter form and renders as "Xaa". */
    public String oneLetter() {
        return this == XAA ? three : String.valueOf(one);
    }

    /** Three-letter code, "Ter" for the stop codon. */
    public String threeLetter() {
        return three;
    }

    /** The residue for a one-letter code; 'X' and '*' are the stop codon, as HGVS reads them. */
    static Optional<AminoAcid> ofOneLetter(char code) {
        if (code == 'X') {
            return Optional.of(TER);
        }
        for (AminoAcid aa : values()) {
            if (aa.one == code && aa != XAA) {
                return Optional.of(aa);
            }
        }
        return Optional.empty();
    }

    /** The residue for a case-sensitive three-letter code ("Arg", "Ter"). */
    static Optional<AminoAcid> ofThreeLetter(String code) {
        for (AminoAcid aa : values()) {
            if (aa.three.equals(code)) {
                return Optional.of(aa);
            }
        }
        return Optional.empty();
    }
}
