package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of the text around and between ISCN tokens (#14): words before or after the karyotype, "A or B"
 * alternatives, and one missing or extra parenthesis or bracket.
 */
final class WrittenTextRepairs {
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*[a-z][a-z ]{2,30}:\\s*(?=[\\d<])");
    private static final Pattern AFTER_COUNT = Pattern.compile("(?<=])\\s*([^\\]\\[]*)$");
    private static final Pattern AFTER_TOKEN = Pattern.compile("(?<=[\\w)])\\s+([^,/\\[\\]]+)$");
    private static final Pattern WORDS = Pattern.compile("[\\p{L} .,;:'\"()!-]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern ISCN_WORD =
            Pattern.compile("(?i)\\b(ish|nuc|idem|mar|dmin|del|add|der|dup|inv|ins|dic|trp|hsr|inc|sdl|cp)\\b");
    private static final Pattern BAND_START = Pattern.compile("[pq][0-9?]|[0-9]|\\?[;)]|pter|qter|cen");
    private static final Pattern COUNT_END = Pattern.compile("(?:cp)?\\d{1,4}](?:/.*)?");
    private static final Pattern BAND_ARM = Pattern.compile("\\([pq][0-9?]");
    private static final Pattern TOKEN_END = Pattern.compile("\\)(?:[,/\\[]|$)");
    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");

    private WrittenTextRepairs() {}

    /** Drops a leading label ("Karyotype:") before a chromosome number. */
    static Candidate label(Candidate c) {
        Matcher label = LABEL.matcher(c.text());
        return label.find()
                ? c.with(c.text().substring(label.end()), RepairRule.SURROUNDING_TEXT, "label before the karyotype")
                : c;
    }

    /** Drops trailing words without numbers ("klinefelter", "(see comment)"). */
    static Candidate surroundingText(Candidate out) {
        Matcher tail = (out.text().contains("]") ? AFTER_COUNT : AFTER_TOKEN).matcher(out.text());
        if (tail.find() && ignorable(tail.group(1))) {
            String kept = out.text().substring(0, tail.start()).strip();
            return out.with(kept, RepairRule.SURROUNDING_TEXT, "words after the karyotype");
        }
        return out;
    }

    private static boolean ignorable(String words) {
        String w = words.strip();
        return !w.isEmpty()
                && WORDS.matcher(w).matches()
                && WORD.matcher(w).find()
                && !ISCN_WORD.matcher(w).find()
                && !w.toLowerCase(Locale.ROOT).matches("[xy]{1,8}c?");
    }

    /** "A or B" inside a breakpoint group or between abnormalities: both readings. */
    static List<Candidate> alternatives(Candidate c) {
        Matcher or = OR.matcher(c.text());
        if (!or.find()) {
            return List.of(c);
        }
        String text = c.text();
        int from = backward(text, or.start());
        int to = forward(text, or.end());
        String first = text.substring(from, or.start());
        String second = text.substring(or.end(), to);
        if (first.isBlank() || second.isBlank()) {
            return List.of(c);
        }
        String detail = "'" + first + "' or '" + second + "'";
        List<Candidate> readings = new ArrayList<>();
        for (String choice : List.of(first, second)) {
            String next = text.substring(0, from) + choice + text.substring(to);
            readings.addAll(alternatives(c.with(next, RepairRule.ALTERNATIVE, detail)));
        }
        return readings;
    }

    private static int backward(String text, int end) {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(' && depth-- == 0 || depth == 0 && (ch == ',' || ch == '/' || ch == ';')) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int forward(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth-- == 0 || depth == 0 && (ch == ',' || ch == '/' || ch == ';' || ch == '[')) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * One missing parenthesis or bracket, or a doubled one, restored only where lab slips put them: a missing '(' right
     * after a ')' before a breakpoint group ("del(5)q13q33)"), a missing ')' right before ',', '/', '[' or the end
     * ("del(5)(q13q33[20]"), a missing '[' before a cell count, one of a doubled "((" before a breakpoint group or "))"
     * at the end of an abnormality. Every placement is a
     * speculative reading, kept only when it parses; a character is never removed otherwise, since a stray bracket
     * may stand for a lost digit.
     */
    static List<Candidate> unbalanced(Candidate c) {
        String text = c.text();
        int round = count(text, '(') - count(text, ')');
        int square = count(text, '[') - count(text, ']');
        if (Math.abs(round) + Math.abs(square) != 1) {
            return List.of(c);
        }
        List<Candidate> readings = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            String before = text.substring(0, i);
            String after = text.substring(i);
            char prev = text.charAt(i - 1);
            char next = i < text.length() ? text.charAt(i) : ' ';
            if (round == 1 && (next == ' ' || ",/[(".indexOf(next) >= 0) && prev != ')') {
                add(readings, edit(c, before + ")" + after, "')' added"));
            }
            if (round == -1 && prev == ')' && BAND_START.matcher(after).lookingAt()) {
                add(readings, edit(c, before + "(" + after, "'(' added"));
            }
            boolean countFollows = COUNT_END.matcher(after).matches();
            if (square == -1 && prev != '[' && countFollows) {
                add(readings, edit(c, before + "[" + after, "'[' added"));
            }
            boolean doubledOpen = prev == '('
                    && next == '('
                    && round == 1
                    && BAND_ARM.matcher(after).lookingAt();
            boolean doubledClose = prev == ')'
                    && next == ')'
                    && round == -1
                    && TOKEN_END.matcher(after).lookingAt();
            if (doubledOpen || doubledClose) {
                add(readings, edit(c, before + after.substring(1), "doubled '" + prev + "' removed"));
            }
        }
        return readings.isEmpty() ? List.of(c) : readings;
    }

    /** Keeps a placement only when its brackets nest as ISCN allows (one level of each kind), before parsing it. */
    private static void add(List<Candidate> readings, Candidate candidate) {
        String text = candidate.text();
        int round = 0;
        int square = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            round += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            square += ch == '[' ? 1 : ch == ']' ? -1 : 0;
            if (round < 0 || round > 1 || square < 0 || square > 1) {
                return;
            }
        }
        if (round == 0 && square == 0 && !readings.contains(candidate)) {
            readings.add(candidate);
        }
    }

    private static Candidate edit(Candidate c, String next, String detail) {
        return c.with(next, RepairRule.UNBALANCED, detail).asSpeculative();
    }

    private static int count(String text, char ch) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == ch ? 1 : 0;
        }
        return n;
    }
}
