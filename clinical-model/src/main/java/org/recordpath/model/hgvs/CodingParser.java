package org.recordpath.model.hgvs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.hgvs.CodingChange.Kind;

/** Reads the part after "c." of a coding DNA change (positions with intron offsets, UTRs, uncertain ranges). */
final class CodingParser {
    private static final String POSITION = "(?:[-*]?[1-9]\\d{0,8}(?:[+-][1-9]\\d{0,8})?|\\?)";
    private static final String END = "(?:" + POSITION + "|\\(" + POSITION + "_" + POSITION + "\\))";
    private static final String BASES = "[ACGTNacgtn]+";
    private static final Pattern CHANGE = Pattern.compile("(" + END + "(?:_" + END + ")?)(.+)");
    private static final Pattern IDENTITY = Pattern.compile("(" + BASES + ")?=");
    private static final Pattern SUBSTITUTION = Pattern.compile("([ACGTNacgtn])>([ACGTNacgtn])");
    private static final Pattern DELINS = Pattern.compile("del(" + BASES + "|[1-9]\\d*)?ins(" + BASES + ")");
    private static final Pattern DELINS_SHORT = Pattern.compile("delins(" + BASES + ")");
    private static final Pattern DELETION = Pattern.compile("del(" + BASES + "|[1-9]\\d*)?");
    private static final Pattern DUPLICATION = Pattern.compile("dup(" + BASES + ")?");
    private static final Pattern INSERTION = Pattern.compile("ins(" + BASES + ")");
    private static final Pattern COPY = Pattern.compile("copy([1-9]\\d*)");

    private CodingParser() {}

    static CodingChange parse(String accession, String body) {
        Matcher change = CHANGE.matcher(body);
        if (!change.matches()) {
            throw new HgvsSyntaxException("'" + body + "' does not start with a c. position or range");
        }
        String location = change.group(1);
        String edit = change.group(2);
        boolean predicted = edit.startsWith("(") && edit.endsWith(")");
        if (predicted) {
            edit = edit.substring(1, edit.length() - 1);
        }
        boolean range = location.contains("_");
        Matcher m;
        if ((m = SUBSTITUTION.matcher(edit)).matches()) {
            String ref = upper(m.group(1));
            String alt = upper(m.group(2));
            if (ref.equals(alt)) {
                throw new HgvsSyntaxException("substitution of " + ref + " by itself (write c." + location + "=)");
            }
            return new CodingChange(accession, location, Kind.SUBSTITUTION, ref, alt, null, predicted);
        }
        if ((m = IDENTITY.matcher(edit)).matches()) {
            return new CodingChange(accession, location, Kind.IDENTITY, "", "", null, predicted);
        }
        if ((m = DELINS.matcher(edit)).matches() || (m = DELINS_SHORT.matcher(edit)).matches()) {
            boolean longForm = m.pattern() == DELINS;
            String deleted = longForm && m.group(1) != null ? m.group(1) : "";
            String inserted = upper(m.group(longForm ? 2 : 1));
            boolean single = !range && !location.contains("(");
            if (single && deleted.length() == 1 && Character.isLetter(deleted.charAt(0)) && inserted.length() == 1) {
                String ref = upper(deleted);
                if (!ref.equals(inserted)) {
                    return new CodingChange(accession, location, Kind.SUBSTITUTION, ref, inserted, null, predicted);
                }
            }
            return new CodingChange(accession, location, Kind.DELINS, "", inserted, null, predicted);
        }
        if (DELETION.matcher(edit).matches()) {
            return new CodingChange(accession, location, Kind.DELETION, "", "", null, predicted);
        }
        if (DUPLICATION.matcher(edit).matches()) {
            return new CodingChange(accession, location, Kind.DUPLICATION, "", "", null, predicted);
        }
        if ((m = INSERTION.matcher(edit)).matches()) {
            if (!range) {
                throw new HgvsSyntaxException("an insertion needs the two flanking positions (c.863_864insCATG)");
            }
            return new CodingChange(accession, location, Kind.INSERTION, "", upper(m.group(1)), null, predicted);
        }
        if (edit.matches("inv(" + BASES + ")?")) {
            return new CodingChange(accession, location, Kind.INVERSION, "", "", null, predicted);
        }
        if ((m = COPY.matcher(edit)).matches()) {
            return new CodingChange(accession, location, Kind.COPY, "", "", Integer.valueOf(m.group(1)), predicted);
        }
        throw new HgvsSyntaxException(
                "'" + edit + "' is not a supported DNA edit (substitution, del, dup, ins," + " delins, inv, =, copyN)");
    }

    private static String upper(String bases) {
        return bases.toUpperCase(Locale.ROOT);
    }
}
