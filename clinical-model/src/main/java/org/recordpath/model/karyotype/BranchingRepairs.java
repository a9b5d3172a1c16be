package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs with more than one possible reading (#14): every reading is kept and scored, and the front end accepts the
 * string only when all readings agree. Band hyphens ({@code q13-q33}), missing breakpoints ({@code t(14;17)}).
 */
final class BranchingRepairs {
    /** More readings than this are not tried: the string is rejected as too uncertain. */
    static final int MAX_READINGS = 64;

    private static final Pattern BANDLESS = Pattern.compile(
            "(?<=^|[,+)?])(t|del|add|dup|inv|i|ins|dic|idic|trp|qdp|tdic|ider)\\(([0-9xy?;]+)\\)(?![(0-9])");
    private static final Set<String> ONE_ARM = Set.of("del", "add", "dup", "trp", "qdp");

    private BranchingRepairs() {}

    /** Hyphens between breakpoints: "q13-14" is "q13~14"; "q13-q33" is read as "q13~q33" and as "q13q33". */
    static List<Candidate> bandHyphens(Candidate c) {
        String text = c.text();
        List<Integer> hyphens = new ArrayList<>();
        int depth = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char ch = text.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            boolean band = Character.isDigit(before) || before == '?' || before == 'p' || before == 'q';
            if (ch == '-' && depth == 1 && band && (Character.isDigit(after) || after == 'p' || after == 'q')) {
                hyphens.add(0, i);
            }
        }
        List<Candidate> readings = List.of(c);
        for (int at : hyphens) {
            boolean digit = Character.isDigit(text.charAt(at + 1));
            readings = map(
                    readings,
                    r -> digit ? List.of(replaceAt(r, at, "~")) : List.of(replaceAt(r, at, "~"), replaceAt(r, at, "")));
        }
        return readings;
    }

    /** Hyphens are replaced from the right, so {@code at} still points into the original text. */
    private static Candidate replaceAt(Candidate c, int at, String with) {
        String text = c.text();
        String next = text.substring(0, at) + with + text.substring(at + 1);
        return c.with(next, RepairRule.BAND_HYPHEN, "'-' between breakpoints read as '" + with + "'");
    }

    /** Rearrangements written without breakpoints, read with every possible arm of each chromosome. */
    static List<Candidate> missingBreakpoints(Candidate c) {
        Matcher m = BANDLESS.matcher(c.text());
        if (!m.find()) {
            return List.of(c);
        }
        List<String> options = bandOptions(m.group(1), m.group(2).split(";", -1));
        String head = c.text().substring(0, m.end());
        String tail = c.text().substring(m.end());
        List<Candidate> readings = new ArrayList<>();
        for (String bands : options) {
            Candidate one = c.with(
                    head + "(" + bands + ")" + tail,
                    RepairRule.MISSING_BREAKPOINTS,
                    "'" + m.group() + "' read with every possible arm");
            readings.addAll(missingBreakpoints(one));
            if (readings.size() > MAX_READINGS) {
                return readings;
            }
        }
        return readings;
    }

    private static List<String> bandOptions(String type, String[] chromosomes) {
        if (chromosomes.length == 1 && type.equals("inv")) {
            return chromosomes[0].equals("9")
                    ? List.of("p?q?", "p?p?", "q?q?", "p11q13")
                    : List.of("p?q?", "p?p?", "q?q?");
        }
        if (chromosomes.length == 1 && (type.equals("i") || type.equals("ider"))) {
            return List.of("p10", "q10");
        }
        List<String> options = List.of("");
        for (int i = 0; i < chromosomes.length; i++) {
            List<String> arms = chromosomes[i].equals("?") ? List.of("?") : List.of("p?", "q?");
            List<String> next = new ArrayList<>();
            for (String prefix : options) {
                for (String arm : arms) {
                    next.add(i == 0 ? arm : prefix + ";" + arm);
                }
            }
            options = next;
        }
        return ONE_ARM.contains(type) || chromosomes.length > 1 ? options : List.of("?");
    }

    static List<Candidate> map(List<Candidate> readings, java.util.function.Function<Candidate, List<Candidate>> f) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate r : readings) {
            out.addAll(f.apply(r));
            if (out.size() > MAX_READINGS) {
                break;
            }
        }
        return out;
    }
}
