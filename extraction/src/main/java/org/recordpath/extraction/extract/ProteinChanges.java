package org.recordpath.extraction.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a written protein change to the one-letter HGVS form kept in the profile ("p.Arg132His", "p.(R132H)"
 * and "R132H" all give "p.R132H"; "Ter", "X" and "*" are stop; "fsTer12" is "fs*12"). The HGVS normaliser of
 * clinical-model ({@code org.recordpath.model.hgvs}) replaces this class when it lands.
 */
public final class ProteinChanges {
    private static final Map<String, String> THREE = Map.ofEntries(
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
            Map.entry("Ter", "*"),
            Map.entry("Sec", "U"));
    private static final Pattern AA3 = Pattern.compile(
            "(Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec)");
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Z*]\\d+(?:_[A-Z]\\d+)?(?:[A-Z*=]|del|dup|ins[A-Z]*|delins[A-Z]*)?(?:[A-Z]?fs(?:\\*\\d+|\\*\\?)?)?$");

    private ProteinChanges() {}

    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        s = s.replaceFirst("^p\\.", "").replace("(", "").replace(")", "");
        Matcher m = AA3.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(THREE.get(m.group(1))));
        }
        m.appendTail(out);
        s = out.toString()
                .replaceAll("(?<=\\d)X$", "*")
                .replaceAll("(?<=\\d)X(?=fs)", "*")
                .replace("fsTer", "fs*")
                .replace("fs*", "fs*");
        s = s.replaceAll("fs\\*?(\\d+)$", "fs*$1");
        if (!SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of("p." + s);
    }
}
