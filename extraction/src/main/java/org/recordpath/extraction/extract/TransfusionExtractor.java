package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.Scope;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/**
 * Red-cell transfusion needs: a rate converted to units per 8 weeks (pathways.md 2.3: "every N weeks, k units" is
 * 8k/N, per month x 1.84, per week x 8), lifetime units, dependence as stated or from a rate of at least 1.5 units
 * per 8 weeks, and "never transfused" (0 units, not dependent).
 */
final class TransfusionExtractor implements Extractor {
    private static final String UNITS =
            "(?:units?|u\\b|bags?|packs?|pRBCs?|PRBCs?|transfusions?)(?:\\s+(?:of\\s+)?(?:pRBCs?|PRBCs?|RBCs?|packed (?:red )?cells|red (?:blood )?cells?))?";
    private static final Pattern RATE =
            Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|to)\\s*(\\d+(?:\\.\\d+)?))?\\s*" + UNITS
                    + "\\s*(?:every|per|each|q|/|a|in)\\s*(\\d+)?\\s*-?\\s*(weeks?|wks?|months?|mo\\b|weekly|monthly)");
    private static final Pattern TOTAL = Pattern.compile("(?i)(\\d{1,4})\\s*" + UNITS
            + "\\s*(?:so far|total|in total|lifetime|to date|overall|cumulative)" + "|total (?:of\\s*)?(\\d{1,4})\\s*"
            + UNITS + "|(?:lifetime|cumulative|total)\\s*(?:RBC\\s*)?(?:units|transfusions)\\s*[:=]?\\s*(\\d{1,4})");
    private static final Pattern NEVER = Pattern.compile(
            "(?i)\\bnever (?:required|received|needed|had)\\s*(?:a |any )?(?:red[- ]cell |RBC |blood )?transfusions?"
                    + "|\\bno (?:prior |previous )?(?:red[- ]cell |RBC |blood )?transfusions?(?: to date| so far)?\\b(?! (?:since|in the last|for))");
    private static final Pattern DEPENDENT =
            Pattern.compile("(?i)\\b(?:RBC[- ])?transfusion[- ]dependen(?:t|ce)|\\bRBC-TD\\b");
    private static final Pattern INDEPENDENT =
            Pattern.compile("(?i)\\b(?:RBC[- ])?transfusion[- ]independen(?:t|ce)|\\bRBC-TI\\b");
    private static final Pattern RESPONSE = Pattern.compile("(?i)\\b(response|responded|achieved|improvement)\\b");
    private static final BigDecimal DEPENDENT_RATE = new BigDecimal("1.5");

    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            String text = page.text();
            Matcher m = RATE.matcher(text);
            while (m.find()) {
                BigDecimal per8 = per8Weeks(m);
                if (per8 == null) {
                    continue;
                }
                Context ctx = context(page, m.start(), m.end());
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
                facts.add(ev.fact(
                        Fields.RBC_UNITS_PER_8_WEEKS,
                        new FactValue.Measured(per8, "{RBC units}/(8.wk)", null),
                        doc.reportDate(),
                        0.9,
                        ctx));
                facts.add(ev.fact(
                        Fields.TRANSFUSION_DEPENDENT,
                        new FactValue.Flag(per8.compareTo(DEPENDENT_RATE) >= 0),
                        doc.reportDate(),
                        0.9,
                        ctx));
            }
            m = TOTAL.matcher(text);
            while (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                        .fact(
                                Fields.TOTAL_RBC_UNITS,
                                new FactValue.Measured(new BigDecimal(n), "{RBC units}", null),
                                doc.reportDate(),
                                0.9,
                                context(page, m.start(), m.end())));
            }
            m = NEVER.matcher(text);
            while (m.find()) {
                Context ctx =
                        contexts.classify(page, m.start(), m.end(), EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL));
                Evidence ev = new Evidence(doc.documentId(), page, m.start(), m.end());
                facts.add(ev.fact(
                        Fields.RBC_UNITS_PER_8_WEEKS,
                        new FactValue.Measured(BigDecimal.ZERO, "{RBC units}/(8.wk)", null),
                        doc.reportDate(),
                        0.9,
                        ctx));
                facts.add(ev.fact(Fields.TRANSFUSION_DEPENDENT, new FactValue.Flag(false), doc.reportDate(), 0.9, ctx));
                if (m.group().toLowerCase(Locale.ROOT).startsWith("never")) {
                    facts.add(ev.fact(
                            Fields.TOTAL_RBC_UNITS,
                            new FactValue.Measured(BigDecimal.ZERO, "{RBC units}", null),
                            doc.reportDate(),
                            0.8,
                            ctx));
                }
            }
            flag(doc, page, DEPENDENT, true, facts);
            flag(doc, page, INDEPENDENT, false, facts);
        }
        return facts;
    }

    private void flag(DocumentText doc, PageLines page, Pattern p, boolean value, List<Fact> out) {
        Matcher m = p.matcher(page.text());
        while (m.find()) {
            int[] scope = Scope.sentence(page.text(), m.start(), m.end());
            if (RESPONSE.matcher(page.text().substring(scope[0], scope[1])).find()) {
                continue;
            }
            Context ctx = context(page, m.start(), m.end());
            boolean v = value;
            if (ctx == Context.NEGATED) {
                v = !value;
                ctx = Context.AFFIRMED;
            }
            out.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                    .fact(Fields.TRANSFUSION_DEPENDENT, new FactValue.Flag(v), doc.reportDate(), 0.85, ctx));
        }
    }

    private Context context(PageLines page, int start, int end) {
        Context c = contexts.classify(page, start, end, ContextDetector.usual());
        return c == Context.HISTORICAL ? Context.AFFIRMED : c;
    }

    private static BigDecimal per8Weeks(Matcher m) {
        BigDecimal k = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            k = k.add(new BigDecimal(m.group(2))).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        }
        String period = m.group(4).toLowerCase(Locale.ROOT);
        BigDecimal n = m.group(3) != null ? new BigDecimal(m.group(3)) : BigDecimal.ONE;
        if (n.signum() == 0) {
            return null;
        }
        BigDecimal result;
        if (period.startsWith("w")) {
            result = k.multiply(BigDecimal.valueOf(8)).divide(n, MathContext.DECIMAL64);
        } else {
            result = k.multiply(new BigDecimal("1.84")).divide(n, MathContext.DECIMAL64);
        }
        return result.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
