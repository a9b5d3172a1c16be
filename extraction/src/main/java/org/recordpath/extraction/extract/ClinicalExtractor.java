package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/**
 * Clinician statements: ECOG, transplant candidacy (only explicit statements, pathways.md 2.11; "to be determined"
 * or "referred for evaluation" leave it unknown), donor, HLA-DR15, PNH clone.
 */
final class ClinicalExtractor implements Extractor {
    private static final Pattern ECOG = Pattern.compile(
            "(?i)\\b(?:ECOG|WHO|Zubrod)\\s*(?:PS|performance status)?\\s*(?:of|:|=|score)?\\s*([0-4])\\b|\\bperformance status\\s*(?:of|:|=)?\\s*([0-4])\\b");
    private static final String HCT =
            "(?:allogeneic |allo-?)?(?:stem[- ]cell |hematopoietic (?:stem )?cell |bone marrow )?(?:transplant(?:ation)?|HCT|HSCT|alloSCT|SCT|BMT)";
    private static final Pattern NOT_CANDIDATE =
            Pattern.compile("(?i)\\bnot (?:a |an )?(?:suitable |good )?(?:candidate|eligible|fit) for (?:an? )?" + HCT
                    + "|\\bnot (?:a |an )?(?:" + HCT + ") candidate|\\b(?:ineligible|unfit) for (?:an? )?" + HCT
                    + "|\\b" + HCT + "[- ]ineligible|\\bdeclines? " + HCT);
    private static final Pattern CANDIDATE =
            Pattern.compile("(?i)\\b(?:candidate|eligible|fit|proceed(?:ing)?|planned|cleared) (?:for|to) (?:an? )?"
                    + HCT + "|\\b" + HCT + " candidate\\b|\\bdonor search (?:started|initiated|underway)");
    private static final Pattern UNDECIDED = Pattern.compile(
            "(?i)\\b(?:candidacy|eligibility)\\b[^.;]{0,30}\\b(?:to be determined|undetermined|pending|under evaluation)|\\breferred for (?:"
                    + HCT + " )?evaluation|\\b" + HCT + " (?:consult|evaluation) requested");
    private static final Pattern DONOR = Pattern.compile(
            "(?i)\\bdonor\\s*[:=]\\s*([^.;\\n]{3,60})|\\b((?:HLA-)?(?:identical|matched) (?:sibling|brother|sister|related|unrelated)(?: donor)?|haplo(?:identical)? donor|\\bMUD\\b|matched unrelated donor)");
    private static final Pattern DR15 = Pattern.compile(
            "(?i)\\bHLA-?DR15\\b\\s*[:=]?\\s*(positive|negative|detected|not detected|present|absent|\\+|-)");
    private static final Pattern PNH_POS = Pattern.compile(
            "(?i)\\bPNH clone\\s*(?:is\\s*)?(?:detected|present|identified|positive)|\\b(?:small |large )?PNH clone (?:was )?(?:detected|identified)|\\bwith (?:a )?(?:small )?PNH clone");
    private static final Pattern PNH_NEG = Pattern.compile(
            "(?i)\\bno PNH clone|\\bPNH clone (?:was )?not (?:detected|identified)|\\bPNH (?:testing |screen |flow )?(?:is |was )?negative");

    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            String text = page.text();
            Matcher m = ECOG.matcher(text);
            while (m.find()) {
                String g = m.group(1) != null ? m.group(1) : m.group(2);
                add(doc, page, m, Fields.ECOG, new FactValue.Measured(new BigDecimal(g), "1", null), facts);
            }
            List<int[]> taken = new ArrayList<>();
            m = NOT_CANDIDATE.matcher(text);
            while (m.find()) {
                taken.add(new int[] {m.start(), m.end()});
                add(doc, page, m, Fields.TRANSPLANT_CANDIDATE, new FactValue.Flag(false), facts);
            }
            m = CANDIDATE.matcher(text);
            while (m.find()) {
                final int s = m.start();
                boolean inside = taken.stream().anyMatch(t -> s >= t[0] && s < t[1]);
                boolean undecided = UNDECIDED
                        .matcher(text.substring(Math.max(0, s - 40), Math.min(text.length(), m.end() + 40)))
                        .find();
                if (!inside && !undecided) {
                    add(doc, page, m, Fields.TRANSPLANT_CANDIDATE, new FactValue.Flag(true), facts);
                }
            }
            m = DONOR.matcher(text);
            while (m.find()) {
                String d = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (!d.matches("(?i)(none|not identified|pending|unknown|n/a).*")) {
                    add(doc, page, m, Fields.DONOR, new FactValue.Text(d), facts);
                }
            }
            m = DR15.matcher(text);
            while (m.find()) {
                boolean pos = m.group(1).matches("(?i)positive|detected|present|\\+");
                add(doc, page, m, Fields.HLA_DR15, new FactValue.Flag(pos), facts);
            }
            m = PNH_NEG.matcher(text);
            while (m.find()) {
                add(doc, page, m, Fields.PNH_CLONE, new FactValue.Flag(false), facts);
            }
            m = PNH_POS.matcher(text);
            while (m.find()) {
                add(doc, page, m, Fields.PNH_CLONE, new FactValue.Flag(true), facts);
            }
        }
        return facts;
    }

    private void add(DocumentText doc, PageLines page, Matcher m, String field, FactValue v, List<Fact> out) {
        EnumSet<Context> considered = field.equals(Fields.TRANSPLANT_CANDIDATE)
                ? EnumSet.of(Context.FAMILY)
                : EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL);
        Context ctx = contexts.classify(page, m.start(), m.end(), considered);
        out.add(new Evidence(doc.documentId(), page, m.start(), m.end()).fact(field, v, doc.reportDate(), 0.9, ctx));
    }
}
