package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.ReportedRisk;

/** Risk scores as a document states them ("IPSS-R score 2, low risk", "R-IPSS 7.5 (VERY HIGH)", "IPSS Int-1"). */
final class RiskExtractor implements Extractor {
    private static final Pattern SYSTEM = Pattern.compile("(?i)\\b(IPSS-R|R-IPSS|IPSS-M|IPSSM|IPSS)\\b(?!-)");
    private static final Pattern SCORE = Pattern.compile(
            "(?i)^[^.;\\n]{0,25}?(?:score\\s*(?:of\\s*)?[:=]?\\s*)?(?<![A-Za-z\\-])(-?\\d+(?:\\.\\d+)?)(?![\\w%]|\\s*%)");
    private static final Pattern CATEGORY = Pattern.compile(
            "(?i)\\b(very low|very high|moderate low|moderate high|int(?:ermediate)?[- ]?1|int(?:ermediate)?[- ]?2|low|intermediate|high|int)\\b");

    private static final Pattern CLINICIAN =
            Pattern.compile("(?i)\\b(lower|higher)[- ]risk (?:MDS|myelodysplastic)|\\b(LR|HR)-MDS\\b");

    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            String text = page.text();
            Matcher m = SYSTEM.matcher(text);
            while (m.find()) {
                int end = Math.min(text.length(), m.end() + 45);
                int cut = text.indexOf('\n', m.end());
                String after = text.substring(m.end(), cut > 0 && cut < end ? Math.min(end, cut + 1 + 20) : end);
                after = after.split("[.;](?=\\s|$)")[0];
                Matcher s = SCORE.matcher(after);
                BigDecimal score = s.find() ? new BigDecimal(s.group(1)) : null;
                Matcher c = CATEGORY.matcher(after);
                String category = c.find() ? category(c.group(1)) : null;
                if (score == null && category == null) {
                    continue;
                }
                String system = system(m.group(1));
                Context ctx = contexts.classify(page, m.start(), m.end(), ContextDetector.usual());
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end() + after.length());
                ReportedRisk risk = new ReportedRisk(system, score, category, doc.reportDate(), ev.provenance());
                facts.add(ev.fact(
                        Fields.REPORTED_RISK,
                        new FactValue.Score(risk),
                        doc.reportDate(),
                        0.9,
                        ctx == Context.HISTORICAL ? Context.AFFIRMED : ctx));
            }
            Matcher c = CLINICIAN.matcher(text);
            while (c.find()) {
                String group = (c.group(1) != null ? c.group(1) : c.group(2)).toLowerCase(Locale.ROOT);
                String category = group.startsWith("l") ? "lower" : "higher";
                Context ctx = contexts.classify(page, c.start(), c.end(), ContextDetector.usual());
                Evidence ev = new Evidence(doc.documentId(), page, c.start(), c.end());
                ReportedRisk risk = new ReportedRisk("clinician", null, category, doc.reportDate(), ev.provenance());
                facts.add(ev.fact(
                        Fields.REPORTED_RISK,
                        new FactValue.Score(risk),
                        doc.reportDate(),
                        0.8,
                        ctx == Context.HISTORICAL ? Context.AFFIRMED : ctx));
            }
        }
        return facts;
    }

    private static String system(String written) {
        String s = written.toUpperCase(Locale.ROOT);
        return s.equals("R-IPSS") ? "IPSS-R" : s.equals("IPSSM") ? "IPSS-M" : s;
    }

    private static String category(String written) {
        String s = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.matches("int(?:ermediate)?[- ]?1")) {
            return "Int-1";
        }
        if (s.matches("int(?:ermediate)?[- ]?2")) {
            return "Int-2";
        }
        if (s.equals("int")) {
            return "Intermediate";
        }
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(w.charAt(0)))
                    .append(w.substring(1));
        }
        return out.toString();
    }
}
