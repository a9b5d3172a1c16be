package org.recordpath.model.hgvs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point for HGVS variant expressions: protein changes ({@link #protein}) and coding DNA changes ({@link
 * #coding}), each with an optional reference accession ("NP_000001.1:", "NM_004333.4(BRAF):"). Never throws on
 * bad input: the result is a rejection with the reason.
 */
public final class Hgvs {
    private static final Pattern ACCESSION = Pattern.compile(
            "((?:[A-Z]{2}_\\d+|ENS[A-Z]*\\d{6,}|LRG_\\d+(?:[tp]\\d+)?)(?:\\.\\d+)?)(?:\\([A-Za-z0-9@._-]+\\))?:(.*)",
            Pattern.DOTALL);
    private static final Pattern OTHER_TYPE = Pattern.compile("([gmnrc])\\..*", Pattern.DOTALL);

    private Hgvs() {}

    /**
     * Parses a protein change: "p.R132H", "R132H", "p.Arg132His", "p.(Arg132His)", "p.G646Wfs*12",
     * "p.Gly646TrpfsTer12", "p.P95_R102del", "p.=", "NP_000001.1:p.Met1?".
     */
    public static HgvsParse<ProteinChange> protein(String expression) {
        try {
            String text = trimmed(expression);
            Matcher accession = ACCESSION.matcher(text);
            String id = null;
            if (accession.matches()) {
                id = accession.group(1);
                text = accession.group(2);
            }
            boolean prefixed = text.startsWith("p.");
            if (prefixed) {
                text = text.substring(2);
            } else if (id != null || OTHER_TYPE.matcher(text).matches()) {
                throw new HgvsSyntaxException("not a protein change: expected 'p.'");
            }
            return new HgvsParse.Parsed<>(ProteinParser.parse(id, text, prefixed));
        } catch (HgvsSyntaxException e) {
            return new HgvsParse.Rejected<>(expression, e.getMessage());
        }
    }

    /** Parses a coding DNA change: "c.2098A>G", "c.1934dupG", "NM_000014.4:c.2126-7_2126-3delACCAT", "c.*46T>A". */
    public static HgvsParse<CodingChange> coding(String expression) {
        try {
            String text = trimmed(expression);
            Matcher accession = ACCESSION.matcher(text);
            String id = null;
            if (accession.matches()) {
                id = accession.group(1);
                text = accession.group(2);
            }
            if (!text.startsWith("c.")) {
                throw new HgvsSyntaxException("not a coding DNA change: expected 'c.'");
            }
            return new HgvsParse.Parsed<>(CodingParser.parse(id, text.substring(2)));
        } catch (HgvsSyntaxException e) {
            return new HgvsParse.Rejected<>(expression, e.getMessage());
        }
    }

    private static String trimmed(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new HgvsSyntaxException("empty expression");
        }
        String text = expression.strip();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                throw new HgvsSyntaxException("space inside the expression");
            }
        }
        return text;
    }
}
