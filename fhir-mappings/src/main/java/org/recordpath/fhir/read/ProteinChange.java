package org.recordpath.fhir.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an HGVS protein change in the contract's one-letter form: "p.Lys700Glu" and "p.(Arg132His)" become
 * "p.K700E" and "p.R132H", "Ter" and "X" become "*", and a missing "p." prefix is added ("R132H" gives "p.R132H").
 * Text that is not a protein change is returned unchanged.
 */
final class ProteinChange {
    private static final Map<String, String> THREE_TO_ONE = Map.ofEntries(
            Map.entry("Ala", "A"),
            Map.entry("Arg", "R"),
            Map.entry("Asn", "N"),
            Map.entry("Asp", "D"),
            Map.entry("Cys", "C"),
            Map.entry("Gln", "Q"),
            Map.entry("Glu", "E"),
            Map.entry("Gly", "G"),
            Map.entry("His", "H"),
            Map.entry("Ile", "I"),
            Map.entry("Leu", "L"),
            Map.entry("Lys", "K"),
            Map.entry("Met", "M"),
            Map.entry("Phe", "F"),
            Map.entry("Pro", "P"),
            Map.entry("Ser", "S"),
            Map.entry("Thr", "T"),
            Map.entry("Trp", "W"),
            Map.entry("Tyr", "Y"),
            Map.entry("Val", "V"),
            Map.entry("Sec", "U"),
            Map.entry("Pyl", "O"),
            Map.entry("Ter", "*"));
    private static final Pattern THREE = Pattern.compile(
            "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter");
    private static final Pattern BARE = Pattern.compile("^[A-Z*]\\d+.*");

    private ProteinChange() {}

    static String oneLetter(String hgvsP) {
        if (hgvsP == null || hgvsP.isBlank()) {
            return null;
        }
        String s = hgvsP.strip();
        int colon = s.indexOf(":p.");
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        if (BARE.matcher(s).matches()) {
            s = "p." + s;
        }
        if (!s.startsWith("p.")) {
            return s;
        }
        String body = s.substring(2);
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        Matcher m = THREE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(THREE_TO_ONE.get(m.group())));
        }
        m.appendTail(out);
        return "p." + out.toString().replace('X', '*');
    }

    /** The coding change without its transcript prefix: "NM_012433.4:c.2098A>G" gives "c.2098A>G". */
    static String coding(String hgvsC) {
        if (hgvsC == null || hgvsC.isBlank()) {
            return null;
        }
        String s = hgvsC.strip();
        int colon = s.indexOf(":c.");
        return colon >= 0 ? s.substring(colon + 1) : s;
    }
}
