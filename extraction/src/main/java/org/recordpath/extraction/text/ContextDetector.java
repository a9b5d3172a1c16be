package org.recordpath.extraction.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.fact.Context;

/**
 * ConText-style context of a mention: the sentence around it is its scope; triggers from {@code context.tsv} before
 * (within {@value #PRE_WORDS} words) or after the mention mark it family, hypothetical, negated, historical or of
 * another specimen, and some sections set a default (family history, plan).
 */
public final class ContextDetector {
    private static final int PRE_WORDS = 7;
    private static final int POST_CHARS = 60;

    private record Trigger(Context context, boolean pre, Pattern pattern) {}

    private final List<Trigger> triggers = new ArrayList<>();

    public ContextDetector() {
        for (List<String> row : Vocabulary.load("context.tsv").rows()) {
            triggers.add(new Trigger(
                    Context.valueOf(row.get(0)), row.get(1).equals("PRE"), Pattern.compile("(?i)" + row.get(2))));
        }
    }

    /**
     * The context of the mention [start, end) on a page, among the contexts an extractor cares about (the others are
     * ignored, e.g. a past treatment is still a treatment).
     */
    public Context classify(PageLines page, int start, int end, Set<Context> considered) {
        SectionKind section = page.lineAt(start).section();
        if (considered.contains(Context.FAMILY) && section == SectionKind.FAMILY_HISTORY) {
            return Context.FAMILY;
        }
        if (considered.contains(Context.HYPOTHETICAL) && section.isPlan()) {
            return Context.HYPOTHETICAL;
        }
        int[] scope = Scope.sentence(page.text(), start, end);
        String pre = lastWords(maskDates(page.text().substring(scope[0], start)), PRE_WORDS);
        String post = maskDates(page.text().substring(end, Math.max(end, Math.min(scope[1], end + POST_CHARS))));
        for (Context c : List.of(
                Context.FAMILY, Context.HYPOTHETICAL, Context.NEGATED, Context.HISTORICAL, Context.OTHER_SPECIMEN)) {
            if (considered.contains(c) && triggered(c, pre, post)) {
                return c;
            }
        }
        if (considered.contains(Context.OTHER_SPECIMEN)
                && (section == SectionKind.PERIPHERAL_BLOOD || section == SectionKind.FLOW)) {
            return Context.OTHER_SPECIMEN;
        }
        return Context.AFFIRMED;
    }

    /** Everything but other-specimen: what most extractors consider. */
    public static Set<Context> usual() {
        return EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL, Context.NEGATED, Context.HISTORICAL);
    }

    private boolean triggered(Context c, String pre, String post) {
        for (Trigger t : triggers) {
            if (t.context() == c) {
                Matcher m = t.pattern().matcher(t.pre() ? pre : post);
                if (m.find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dates read as words ("12-May-2026") must not trigger ("may"). */
    private static String maskDates(String s) {
        StringBuilder out = new StringBuilder(s);
        for (DateMention d : Dates.find(s)) {
            for (int i = d.start(); i < d.end(); i++) {
                out.setCharAt(i, '0');
            }
        }
        return out.toString();
    }

    private static String lastWords(String s, int n) {
        String[] words = s.strip().split("\\s+");
        int from = Math.max(0, words.length - n);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }
}
