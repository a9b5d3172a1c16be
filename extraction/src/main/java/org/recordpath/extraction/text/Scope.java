package org.recordpath.extraction.text;

/**
 * The sentence around a mention: bounded by ". ", ";", bullets, blank lines and line breaks that start a new
 * statement (a wrapped line that continues in lower case stays in the sentence).
 */
public final class Scope {
    private Scope() {}

    /** [start, end) of the sentence holding [from, to). */
    public static int[] sentence(String text, int from, int to) {
        int s = from;
        while (s > 0 && !boundaryBefore(text, s)) {
            s--;
        }
        int e = Math.max(to, s);
        while (e < text.length() && !boundaryBefore(text, e)) {
            e++;
        }
        return new int[] {s, e};
    }

    /** True when a sentence boundary lies just before index i. */
    static boolean boundaryBefore(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char cur = text.charAt(i);
        if (prev == ';' || prev == '•') {
            return true;
        }
        if (prev == '.' && Character.isWhitespace(cur) && i >= 2 && !Character.isDigit(text.charAt(i - 2))) {
            return true;
        }
        if (prev == '.' && Character.isWhitespace(cur)) {
            return startsStatement(text, i);
        }
        if (prev == '\n') {
            return newLineStartsStatement(text, i);
        }
        return false;
    }

    private static boolean startsStatement(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '•');
    }

    private static boolean newLineStartsStatement(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char first = text.charAt(j);
        int p = i - 2;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        char last = p >= 0 ? text.charAt(p) : '\n';
        if (Character.isLowerCase(first) || first == '(' || last == ',' || last == '(') {
            return false;
        }
        return !(Character.isDigit(first) && Character.isLetter(last)) || "•-*·".indexOf(first) >= 0;
    }
}
