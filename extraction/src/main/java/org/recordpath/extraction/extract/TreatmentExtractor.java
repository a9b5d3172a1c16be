package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.Scope;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

/**
 * Disease-directed drugs actually given, with start/end (year-month), cycles, best response and why stopped, read
 * from the treatment item (the bullet or sentence) naming the drug. Proposed, recommended, pending or not-started
 * drugs become hypothetical facts, never treatments.
 */
final class TreatmentExtractor implements Extractor {
    private static final Pattern ITEM_END = Pattern.compile("\\n\\s*[•\\-*·]|\\n\\s*\\n(?=\\s*[A-Z•\\-*·])");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|-|–|—|until|through|thru)\\s*$");
    private static final Pattern CYCLES = Pattern.compile(
            "(?i)(\\d{1,2})\\s+cycles?\\b|\\bcycles?\\s*[:=]\\s*(\\d{1,2})|\\bx\\s*(\\d{1,2})\\s+cycles");
    private static final Pattern CYCLES_BEFORE = Pattern.compile("(?i)(\\d{1,2})\\s+cycles?\\s+of\\s+(?:\\w+\\s+)?$");
    private static final Pattern STARTED_BEFORE =
            Pattern.compile("(?i)\\b(?:since|from|started|starting|began|begun|initiated|in)\\s+");
    private static final Pattern ONGOING = Pattern.compile(
            "(?i)\\bongoing\\b|\\bcontinu(?:es|ing)\\b|\\bcurrently (?:on|receiving)\\b|\\bremains on\\b");
    private static final Pattern BEST = Pattern.compile("(?i)best response\\s*[:=-]?\\s*([^;]{0,80})");
    private static final Pattern STOPPED = Pattern.compile(
            "(?i)\\b(?:stopped|discontinued|d/c'?d|ceased|held|stopped)\\b\\s*(?:for|due to|after|because of|owing to)?\\s*([^;.]{0,60})");
    private static final Pattern NAIVE = Pattern.compile(
            "(?i)\\bno (?:prior|previous) (?:disease[- ]directed |MDS[- ]directed )?(?:therapy|treatment)|\\btreatment[- ]na[iï]ve\\b");
    private static final Pattern GIVEN = Pattern.compile(
            "(?i)\\b(?:received|receiving|treated with|treatment with|therapy with|on|started|initiated|s/p|status post|completed|after|cycles? of|course of|failed|refractory to|progress(?:ed|ion) on|responded|discontinued|stopped|maintained on)\\b");
    private static final Pattern INCOMPLETE =
            Pattern.compile("(?i)\\b(?:previously|prior|formerly) treated (?:elsewhere|at an outside|at another)");

    private final Drugs drugs = new Drugs();
    private final Responses responses = new Responses();
    private final ContextDetector contexts = new ContextDetector();
    private final TreatmentTable tables = new TreatmentTable(drugs, responses);

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        java.util.Map<PageLines, List<Fact>> rows = new java.util.HashMap<>();
        java.util.Set<String> tabulated = new java.util.HashSet<>();
        for (PageLines page : doc.pages()) {
            rows.put(page, tables.read(doc, page));
            rows.get(page)
                    .forEach(r -> tabulated.add(
                            ((FactValue.Course) r.value()).treatment().drug()));
            facts.addAll(rows.get(page));
        }
        for (PageLines page : doc.pages()) {
            String text = page.text();
            List<Drugs.Found> found = drugs.find(text);
            for (int i = 0; i < found.size(); i++) {
                Drugs.Found f = found.get(i);
                if (!f.drug().diseaseDirected() || inRow(rows.get(page), f.start())) {
                    continue;
                }
                int next = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
                Fact course = course(doc, page, f, next);
                // #13: where the document tabulates a drug's course, its prose mentions add no second course
                if (course != null
                        && !(course.context() == Context.AFFIRMED
                                && tabulated.contains(f.drug().generic()))) {
                    facts.add(course);
                }
            }
            completeness(doc, page, NAIVE, true, facts);
            completeness(doc, page, INCOMPLETE, false, facts);
        }
        return facts;
    }

    /** True when a drug mention lies on a treatment-table row already read as a course. */
    private static boolean inRow(List<Fact> rows, int offset) {
        return rows.stream().map(r -> r.provenance().span()).anyMatch(s -> s.start() <= offset && offset < s.end());
    }

    private Fact course(DocumentText doc, PageLines page, Drugs.Found f, int nextDrug) {
        String text = page.text();
        Context ctx = contexts.classify(
                page, f.start(), f.end(), EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL, Context.NEGATED));
        int itemEnd = Math.min(nextDrug, Math.min(text.length(), f.end() + 300));
        Matcher end = ITEM_END.matcher(text).region(f.end(), itemEnd);
        if (end.find()) {
            itemEnd = end.start();
        }
        String item = text.substring(f.end(), itemEnd);
        String start = null;
        String stop = null;
        List<DateMention> ds = Dates.find(item);
        if (!ds.isEmpty()) {
            start = ds.get(0).yearMonth();
            if (ds.size() > 1
                    && RANGE_JOIN
                            .matcher(item.substring(ds.get(0).end(), ds.get(1).start()))
                            .matches()) {
                stop = ds.get(1).yearMonth();
            }
        }
        int[] scope = Scope.sentence(text, f.start(), f.end());
        String before = text.substring(Math.min(scope[0], f.start()), f.start());
        if (ds.isEmpty()) {
            Matcher lead = STARTED_BEFORE.matcher(before);
            DateMention last = null;
            while (lead.find()) {
                List<DateMention> d = Dates.find(before.substring(lead.end()));
                if (!d.isEmpty() && d.get(0).start() == 0) {
                    last = d.get(0);
                }
            }
            if (last != null) {
                start = last.yearMonth();
                ds = List.of(last);
            }
        }
        Integer cycles = null;
        Matcher c = CYCLES.matcher(item);
        if (c.find()) {
            String n = c.group(1) != null ? c.group(1) : c.group(2) != null ? c.group(2) : c.group(3);
            cycles = Integer.valueOf(n);
        } else {
            Matcher cb = CYCLES_BEFORE.matcher(before);
            if (cb.find()) {
                cycles = Integer.valueOf(cb.group(1));
            }
        }
        boolean ongoing = ONGOING.matcher(item).find();
        Matcher b = BEST.matcher(item);
        String best = b.find() ? responses.response(b.group(1)).orElse("unknown") : null;
        Matcher s = STOPPED.matcher(item);
        String stoppedReason = s.find() ? responses.stoppedReason(s.group(1)).orElse("other") : null;
        if (ongoing) {
            stop = null;
            stoppedReason = null;
        }
        Evidence ev = new Evidence(doc.documentId(), page, f.start(), Math.max(f.end(), Math.min(itemEnd, scope[1])));
        Treatment t = new Treatment(
                f.drug().generic(),
                f.drug().rxnorm(),
                start,
                stop,
                cycles,
                best,
                stoppedReason,
                ongoing ? Boolean.TRUE : null,
                ev.provenance());
        LocalDate asOf = start != null ? ds.get(0).date() : doc.reportDate();
        boolean evidence = start != null || cycles != null || best != null || ongoing || stoppedReason != null;
        String sentence = text.substring(scope[0], Math.min(text.length(), Math.max(scope[1], f.end())));
        if (!evidence && ctx == Context.AFFIRMED && !GIVEN.matcher(sentence).find()) {
            return null;
        }
        double confidence = evidence ? 0.9 : 0.6;
        return ev.fact(
                Fields.TREATMENT,
                new FactValue.Course(t),
                asOf,
                confidence,
                ctx == Context.HISTORICAL ? Context.AFFIRMED : ctx);
    }

    private void completeness(DocumentText doc, PageLines page, Pattern p, boolean complete, List<Fact> out) {
        Matcher m = p.matcher(page.text());
        while (m.find()) {
            out.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                    .fact(
                            Fields.TREATMENTS_COMPLETE,
                            new FactValue.Flag(complete),
                            doc.reportDate(),
                            0.8,
                            Context.AFFIRMED));
        }
    }
}
