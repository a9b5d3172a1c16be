package org.recordpath.model.karyotype;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repairs of the tolerant front end that have exactly one reading (#14): lower-case ISCN in, ISCN out, each
 * change recorded under its {@link RepairRule}.
 */
final class NotationRepairs {
    private static final Pattern MODAL_HYPHEN = Pattern.compile("(^|/)(\\d{1,3})-(\\d{1,3})(?=[,<\\[])");
    private static final Pattern MARKER_HYPHEN = Pattern.compile("(?<=[,(])\\+(\\d{1,3})-(\\d{1,3})(mar|dmin)");
    private static final Pattern STAR = Pattern.compile("(?<=[)\\dr])\\*(\\d{1,2})(?=[,\\[/]|c[,\\[/]|c$|$)");
    private static final Pattern SUM = Pattern.compile("\\[(cp)?(\\d{1,4}(?:\\+\\d{1,4})+)]");
    private static final Pattern DOUBLE_COMMA = Pattern.compile(",{2,}");
    private static final Pattern DANGLING_COMMA = Pattern.compile(",+(?=[\\[/]|$)|(?<=/),+");
    private static final Pattern TRAILING_SLASH = Pattern.compile("(?<!/)/$");
    private static final Pattern IDEM_JOINED =
            Pattern.compile("(?<=,)(idem|sl|sdl\\d{0,2})(?=[+-]|(?:del|add|der|dup|inv|i|t|r)\\()");
    private static final Pattern HETEROMORPHISM_SHORT =
            Pattern.compile(",((?:\\d{1,2}|x|y)[pq](?:h|s|stk))(?=[,\\[/]|$)");

    private NotationRepairs() {}

    static Candidate apply(Candidate c) {
        Candidate out = hyphenRanges(c);
        out = star(out);
        out = colons(out);
        out = sums(out);
        out = strays(out);
        out = idem(out);
        return heteromorphisms(out);
    }

    static Candidate hyphenRanges(Candidate c) {
        String text = MODAL_HYPHEN.matcher(c.text()).replaceAll("$1$2~$3");
        Candidate out = c.with(text, RepairRule.HYPHEN_RANGE, "chromosome number range written with '-'");
        text = MARKER_HYPHEN.matcher(out.text()).replaceAll("+$1~$2$3");
        return out.with(text, RepairRule.HYPHEN_RANGE, "marker range written with '-'");
    }

    static Candidate star(Candidate c) {
        Matcher m = STAR.matcher(c.text());
        return c.with(m.replaceAll("x$1"), RepairRule.STAR_MULTIPLIER, "'*n' read as 'xn'");
    }

    /** A single ':' inside parentheses is a slip for ';' ("::" is the detailed system and stays). */
    static Candidate colons(Candidate c) {
        String text = c.text();
        if (text.indexOf(':') < 0) {
            return c;
        }
        StringBuilder out = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            boolean single = ch == ':'
                    && (i == 0 || text.charAt(i - 1) != ':')
                    && (i + 1 == text.length() || text.charAt(i + 1) != ':');
            if (single && depth > 0) {
                out.setCharAt(i, ';');
            }
        }
        return c.with(out.toString(), RepairRule.COLON_SEMICOLON, "':' read as ';'");
    }

    static Candidate sums(Candidate c) {
        Matcher m = SUM.matcher(c.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int total = 0;
            for (String part : m.group(2).split("\\+")) {
                int cells = Integer.parseInt(part);
                total = total < 0 || cells == 0 ? -1 : total + cells;
            }
            if (total < 0) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String prefix = m.group(1) == null ? "" : "cp";
            m.appendReplacement(out, "[" + prefix + total + "]");
        }
        m.appendTail(out);
        return c.with(out.toString(), RepairRule.CELL_COUNT_SUM, "cell counts added up");
    }

    static Candidate strays(Candidate c) {
        String text = DOUBLE_COMMA.matcher(c.text()).replaceAll(",");
        text = DANGLING_COMMA.matcher(text).replaceAll("");
        text = TRAILING_SLASH.matcher(text).replaceAll("");
        return c.with(text, RepairRule.STRAY_SEPARATOR, "empty field removed");
    }

    static Candidate idem(Candidate c) {
        String text = IDEM_JOINED.matcher(c.text()).replaceAll("$1,");
        return c.with(text, RepairRule.IDEM_COMMA, "comma after idem/sl/sdl added");
    }

    static Candidate heteromorphisms(Candidate c) {
        Matcher m = HETEROMORPHISM_SHORT.matcher(c.text());
        if (!m.find()) {
            return c;
        }
        String removed = m.group(1);
        String text = HETEROMORPHISM_SHORT.matcher(c.text()).replaceAll("");
        return c.with(text, RepairRule.HETEROMORPHISM, "'" + removed + "' not counted");
    }
}
