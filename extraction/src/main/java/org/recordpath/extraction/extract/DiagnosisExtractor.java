package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.extraction.text.Vocabulary;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/**
 * The diagnosis: disease, the type as written, its WHO 2022 / ICC 2022 type (stated, or mapped from a legacy name
 * where the mapping is unambiguous: {@code diagnoses.tsv}), the ICD-10-CM code (stated, else derived from the WHO
 * type: {@code icd10cm.tsv}), the date of diagnosis, and therapy-related.
 */
final class DiagnosisExtractor implements Extractor {
    private static final Pattern ICD =
            Pattern.compile("\\b(D46\\.[0-9A-Z]{1,2}|C9[2-4]\\.[0-9A-Z]{1,2}|D47\\.\\d|D61\\.\\d{1,3})\\b");
    private static final Pattern DIAGNOSED = Pattern.compile(
            "(?i)\\b(?:diagnosed|diagnosis(?: date)?|date of diagnosis|dx)\\s*(?:on|in|:|was)?\\s*(?:made\\s+)?(?:on|in)?\\s*");
    private static final Pattern THERAPY = Pattern.compile("(?i)\\btherapy[- ]related\\b|\\bt-MN\\b|\\bt-MDS\\b");

    /** Confidence of a diagnosis date taken from the specimen of a report that makes the diagnosis. */
    static final double SPECIMEN_DATE = 0.5;

    private record Entry(String disease, String who, String icc, String kind, Pattern pattern) {
        boolean stated() {
            return kind.equals("stated");
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> icdByWho = new HashMap<>();
    private final ContextDetector contexts = new ContextDetector();

    DiagnosisExtractor() {
        for (List<String> r : Vocabulary.load("diagnoses.tsv").rows()) {
            entries.add(new Entry(r.get(0), r.get(1), r.get(2), r.get(3), Pattern.compile("(?i)" + r.get(4))));
        }
        for (List<String> r : Vocabulary.load("icd10cm.tsv").rows()) {
            icdByWho.put(r.get(0), r.get(1));
        }
    }

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            names(doc, page, facts);
            String text = page.text();
            Matcher m = ICD.matcher(text);
            while (m.find()) {
                Context ctx = contexts.classify(
                        page, m.start(), m.end(), EnumSet.of(Context.FAMILY, Context.NEGATED, Context.HYPOTHETICAL));
                facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                        .fact(Fields.ICD10, new FactValue.Text(m.group(1)), doc.reportDate(), 0.95, ctx));
            }
            m = DIAGNOSED.matcher(text);
            while (m.find()) {
                List<DateMention> ds = Dates.find(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
                if (!ds.isEmpty() && ds.get(0).start() == 0) {
                    LocalDate d = ds.get(0).date();
                    facts.add(new Evidence(
                                    doc.documentId(),
                                    page,
                                    m.start(),
                                    m.end() + ds.get(0).end())
                            .fact(
                                    Fields.DIAGNOSIS_DATE,
                                    new FactValue.Text(ds.get(0).iso()),
                                    d,
                                    0.95,
                                    Context.AFFIRMED));
                }
            }
            m = THERAPY.matcher(text);
            while (m.find()) {
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                        .fact(Fields.THERAPY_RELATED, new FactValue.Flag(true), doc.reportDate(), 0.8, ctx));
            }
        }
        return facts;
    }

    private void names(DocumentText doc, PageLines page, List<Fact> facts) {
        String text = page.text();
        boolean[] covered = new boolean[text.length() + 1];
        boolean dated = false;
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (covered[m.start()] || covered[Math.max(m.start(), m.end() - 1)]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    covered[i] = true;
                }
                SectionKind section = page.lineAt(m.start()).section();
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                if (ctx == Context.HISTORICAL) {
                    ctx = Context.AFFIRMED;
                }
                double weight = section == SectionKind.DIAGNOSIS || section == SectionKind.ASSESSMENT ? 1.0 : 0.85;
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
                LocalDate at = doc.reportDate();
                if (!e.disease().isEmpty()) {
                    facts.add(ev.fact(Fields.DISEASE, new FactValue.Text(e.disease()), at, weight, ctx));
                    if (section == SectionKind.DIAGNOSIS
                            && doc.specimenDate() != null
                            && ctx == Context.AFFIRMED
                            && !dated) {
                        facts.add(ev.fact(
                                Fields.DIAGNOSIS_DATE,
                                new FactValue.Text(doc.specimenDate().toString()),
                                doc.specimenDate(),
                                SPECIMEN_DATE,
                                ctx));
                        dated = true;
                    }
                }
                if (!e.kind().equals("disease")) {
                    facts.add(ev.fact(
                            Fields.STATED_TYPE, new FactValue.Text(m.group().strip()), at, weight, ctx));
                }
                if (!e.who().isEmpty()) {
                    double c = e.stated() ? weight : 0.7 * weight;
                    facts.add(ev.fact(Fields.WHO2022, new FactValue.Text(e.who()), at, c, ctx));
                    if (!e.icc().isEmpty()) {
                        facts.add(ev.fact(Fields.ICC2022, new FactValue.Text(e.icc()), at, 0.7 * weight, ctx));
                    }
                    String icd = icdByWho.get(e.who());
                    if (icd != null) {
                        facts.add(ev.fact(Fields.ICD10, new FactValue.Text(icd), at, 0.5, ctx));
                    }
                }
            }
        }
    }
}
