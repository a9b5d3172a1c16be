package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.CytoCategory;

/**
 * Cytogenetics: ISCN karyotype strings ("46,XX,del(5)(q13q33)[16]/46,XX[4]") with the metaphase count, FISH panel
 * rows (loss of 5q / 7q / TP53 detected or not) and a stated IPSS-R cytogenetic category.
 */
final class KaryotypeExtractor implements Extractor {
    private static final Pattern ISCN = Pattern.compile(
            "(?<![\\w,.])(\\d{2}(?:~\\d{2})?,\\s?X[XY]?(?:[,/][^\\s;]*)?(?:\\s?\\[\\d+\\])?)(?=[\\s;.,]|$)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\s*((?:\\d{2}(?:~\\d{2})?,X[XY]?|[a-z+\\-]{1,4}\\(|[+\\-]\\d{1,2}|idem)[^\\s;]*\\[\\d+\\][^\\s;]*)");
    private static final Pattern METAPHASES =
            Pattern.compile("(?i)(\\d{1,3})\\s+metaphases\\s+(?:were\\s+)?(?:analy[sz]ed|examined|counted)");
    private static final Pattern CATEGORY = Pattern.compile(
            "(?i)\\bcytogenetic(?:s)?\\s+(?:risk\\s+)?(?:category|risk|group)\\s*(?:\\(IPSS-R\\))?\\s*[:=]?\\s*(?:is\\s+)?(very good|very poor|good|intermediate|poor)\\b");
    private static final Pattern FISH_POSITIVE = Pattern.compile("(?i)\\b(loss|deletion|del|monosomy|gain|trisomy)\\b");
    private static final Pattern FISH_NEGATIVE =
            Pattern.compile("(?i)\\b(no|not)\\b.*\\b(detected|identified|seen)\\b|\\bnormal\\b|<\\s*cutoff|negative");

    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            String text = page.text();
            Matcher mp = METAPHASES.matcher(text);
            Integer metaphases = mp.find() ? Integer.valueOf(mp.group(1)) : null;
            Matcher m = ISCN.matcher(text);
            int consumed = 0;
            while (m.find()) {
                if (m.start() < consumed) {
                    continue;
                }
                Wrapped w = wrapped(page, m.group(1), m.end());
                consumed = w.end();
                String iscn = w.iscn().replaceAll("[.,]+$", "").replaceAll("\\s+(?=\\[)", "");
                if (!iscn.contains("[") && !iscn.contains(",")) {
                    continue;
                }
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                if (ctx == Context.HISTORICAL) {
                    ctx = Context.AFFIRMED;
                }
                LocalDate date = MentionDates.of(doc, page, m.start(), m.end());
                Evidence ev = new Evidence(doc.documentId(), page, m.start(1), m.start(1) + iscn.length());
                facts.add(ev.fact(
                        Fields.KARYOTYPE,
                        new FactValue.Cytogenetics(KaryotypeFacts.fromIscn(iscn, metaphases, date, ev.provenance())),
                        date,
                        0.95,
                        ctx));
            }
            m = CATEGORY.matcher(text);
            while (m.find()) {
                CytoCategory cat = category(m.group(1));
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                facts.add(ev.fact(
                        Fields.KARYOTYPE,
                        new FactValue.Cytogenetics(KaryotypeFacts.reported(cat, doc.defaultDate(), ev.provenance())),
                        doc.defaultDate(),
                        0.8,
                        ctx));
            }
            for (Line line : page.lines()) {
                if (line.section() == SectionKind.FISH && !line.heading()) {
                    fish(doc, page, line, facts);
                }
            }
        }
        return facts;
    }

    private record Wrapped(String iscn, int end) {}

    /**
     * A karyotype wrapped in its table cell or line ("47,XX,+8[5]/" then "46,XX[15]" on the next line): an ISCN that
     * ends in "/" or "," continues with the next line's first token when that token is ISCN-shaped (#13).
     */
    private static Wrapped wrapped(PageLines page, String iscn, int end) {
        if (!iscn.endsWith("/") && !iscn.endsWith(",")) {
            return new Wrapped(iscn, end);
        }
        Line line = page.lineAt(end - 1);
        if (line.index() + 1 >= page.lines().size()) {
            return new Wrapped(iscn, end);
        }
        Line nextLine = page.lines().get(line.index() + 1);
        Matcher next = CONTINUATION.matcher(nextLine.text());
        return next.lookingAt()
                ? new Wrapped(iscn + next.group(1), nextLine.start() + next.end())
                : new Wrapped(iscn, end);
    }

    private void fish(DocumentText doc, PageLines page, Line line, List<Fact> out) {
        String t = line.text().toLowerCase(Locale.ROOT);
        Boolean abnormal = FISH_NEGATIVE.matcher(t).find()
                ? Boolean.FALSE
                : FISH_POSITIVE.matcher(t).find() ? Boolean.TRUE : null;
        if (abnormal == null) {
            return;
        }
        Boolean del5q = t.matches(".*\\b(5q|egr1|d5s)\\w*.*") ? abnormal : null;
        Boolean chr7 = t.matches(".*\\b(7q|d7s|cep7|monosomy 7)\\w*.*") ? abnormal : null;
        Boolean p17 = t.matches(".*\\b(17p|tp53|tps3)\\w*.*") ? abnormal : null;
        if (del5q == null && chr7 == null && p17 == null) {
            return;
        }
        Evidence ev = new Evidence(doc.documentId(), page, line.start(), line.end());
        var finding = KaryotypeFacts.fromFish(del5q, chr7, p17, null, doc.defaultDate(), ev.provenance());
        out.add(ev.fact(
                Fields.KARYOTYPE, new FactValue.Cytogenetics(finding), doc.defaultDate(), 0.8, Context.AFFIRMED));
    }

    private static CytoCategory category(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "very good":
                return CytoCategory.VERY_GOOD;
            case "good":
                return CytoCategory.GOOD;
            case "intermediate":
                return CytoCategory.INTERMEDIATE;
            case "poor":
                return CytoCategory.POOR;
            default:
                return CytoCategory.VERY_POOR;
        }
    }
}
