package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Analyte;

/**
 * Marrow morphology: blasts (marrow aspirate count; peripheral and flow counts are kept apart), ring sideroblasts
 * ("none identified" is 0 %), cellularity with hypocellularity (at most 25 %), reticulin fibrosis grade.
 */
final class MarrowExtractor implements Extractor {
    private static final String NUM = "(\\d{1,3}(?:\\.\\d+)?)";
    private static final Pattern BLASTS =
            Pattern.compile("(?i)(?:" + NUM + "[ \\t]*%[ \\t]*(?:CD34\\+?[ \\t]*)?(?:myelo)?blasts\\b"
                    + "|\\b(?:myelo)?blasts?(?: count| percentage)?(?:,?\\s*(?:peripheral blood|PB|bone marrow|BM|marrow|aspirate))?\\s*(?:\\(%\\))?\\s*[:=]?\\s*"
                    + NUM + "(?!\\s*[-/\\d]))");
    private static final Pattern RS = Pattern.compile(
            "(?i)(?:\\bring(?:ed)?[- ]sideroblasts?\\s*(?:\\(RS\\))?\\s*[:=]?\\s*(?:are\\s+|were\\s+)?(?:increased\\s*|present\\s*)?\\(?\\s*"
                    + NUM + "\\s*%|" + NUM + "\\s*%\\s*ring(?:ed)?[- ]sideroblasts)");
    private static final Pattern RS_NONE = Pattern.compile(
            "(?i)\\bring(?:ed)?[- ]sideroblasts?\\s*[:=]?\\s*(?:none|not)\\s+(?:identified|seen|present|detected)"
                    + "|\\bno\\s+ring(?:ed)?[- ]sideroblasts\\s+(?:are\\s+)?(?:identified|seen|present|detected)");
    private static final Pattern CELLULARITY = Pattern.compile("(?i)(?:" + NUM + "\\s*%\\s*cellular(?:ity)?\\b"
            + "|\\bcellularity\\s*(?:is\\s+|of\\s+|:\\s*)?(?:approximately|approx\\.?|about|~)?\\s*" + NUM + "\\s*%"
            + "|\\b(?:hypo|normo|hyper)cellular\\s+(?:bone\\s+)?marrow\\s*\\(\\s*" + NUM + "\\s*%\\s*\\))");
    private static final Pattern FIBROSIS =
            Pattern.compile("(?i)\\bMF\\s*-?\\s*([0-3])\\b|\\bfibrosis[,:]?\\s*(?:WHO\\s*)?grade\\s*([0-3])\\b"
                    + "|\\bgrade\\s*([0-3])\\s*(?:reticulin\\s*)?fibrosis");
    private static final Pattern PERIPHERAL = Pattern.compile("(?i)\\b(peripheral|circulating|PB|blood|smear)\\b");
    private static final Pattern FLOW = Pattern.compile("(?i)\\b(flow|CD34|events|immunostain)");
    private static final BigDecimal HYPOCELLULAR_MAX = new BigDecimal(25);

    private final ContextDetector contexts = new ContextDetector();
    private final MarrowTable tables = new MarrowTable();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            tables.read(doc, page, facts);
            String text = page.text();
            Matcher m = BLASTS.matcher(text);
            while (m.find()) {
                blasts(doc, page, m, facts);
            }
            m = RS.matcher(text);
            while (m.find()) {
                percent(doc, page, m, Analyte.RING_SIDEROBLASTS.path(), "%", facts);
            }
            m = RS_NONE.matcher(text);
            while (m.find()) {
                LocalDate date = MentionDates.of(doc, page, m.start(), m.end());
                Context ctx =
                        contexts.classify(page, m.start(), m.end(), EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL));
                facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                        .fact(
                                Analyte.RING_SIDEROBLASTS.path(),
                                new FactValue.Measured(BigDecimal.ZERO, "%", null),
                                date,
                                0.95,
                                ctx));
            }
            m = CELLULARITY.matcher(text);
            while (m.find()) {
                cellularity(doc, page, m, facts);
            }
            m = FIBROSIS.matcher(text);
            while (m.find()) {
                String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                facts.add(ev.fact(
                        Fields.FIBROSIS_GRADE,
                        new FactValue.Measured(new BigDecimal(g), "1", null),
                        MentionDates.of(doc, page, m.start(), m.end()),
                        0.9,
                        ctx));
            }
        }
        return facts;
    }

    private void blasts(DocumentText doc, PageLines page, Matcher m, List<Fact> out) {
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        String window =
                page.text().substring(Math.max(0, m.start() - 40), m.end()).toLowerCase(Locale.ROOT);
        String local = page.text().substring(m.start(), m.end());
        SectionKind section = page.lineAt(m.start()).section();
        String field = Analyte.BM_BLASTS.path();
        Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
        boolean marrowWord = local.toLowerCase(Locale.ROOT).matches(".*\\b(marrow|bm|aspirate)\\b.*");
        if (FLOW.matcher(window).find() || section == SectionKind.FLOW) {
            ctx = Context.OTHER_SPECIMEN;
        } else if (!marrowWord
                && (PERIPHERAL.matcher(lastClause(window)).find() || section == SectionKind.PERIPHERAL_BLOOD)) {
            field = Analyte.PB_BLASTS.path();
        }
        BigDecimal v = new BigDecimal(value);
        if (v.compareTo(new BigDecimal(100)) > 0) {
            return;
        }
        LocalDate date = MentionDates.of(doc, page, m.start(), m.end());
        out.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                .fact(field, new FactValue.Measured(v, "%", null), date, 0.9, ctx));
    }

    private static String lastClause(String window) {
        int cut = Math.max(window.lastIndexOf(';'), Math.max(window.lastIndexOf(". "), window.lastIndexOf(':')));
        return cut >= 0 ? window.substring(cut) : window;
    }

    private void percent(DocumentText doc, PageLines page, Matcher m, String field, String unit, List<Fact> out) {
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        BigDecimal v = new BigDecimal(value);
        if (v.compareTo(new BigDecimal(100)) > 0) {
            return;
        }
        Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
        out.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                .fact(
                        field,
                        new FactValue.Measured(v, unit, null),
                        MentionDates.of(doc, page, m.start(), m.end()),
                        0.9,
                        ctx));
    }

    private void cellularity(DocumentText doc, PageLines page, Matcher m, List<Fact> out) {
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        BigDecimal v = new BigDecimal(value);
        if (v.compareTo(new BigDecimal(100)) > 0) {
            return;
        }
        Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
        LocalDate date = MentionDates.of(doc, page, m.start(), m.end());
        Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
        out.add(ev.fact(Fields.MARROW_CELLULARITY, new FactValue.Measured(v, "%", null), date, 0.9, ctx));
        out.add(ev.fact(Fields.HYPOCELLULAR, new FactValue.Flag(v.compareTo(HYPOCELLULAR_MAX) <= 0), date, 0.9, ctx));
    }
}
