package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.Scope;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.hgvs.Hgvs;
import org.recordpath.model.hgvs.ProteinChange;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Mutation;

/**
 * Variants (gene, HGVS c. and p., VAF, classification, germline, ITD/TKD/PTD) from NGS tables and prose, and
 * tested-negative genes from "no variants detected" panel lists and statements such as "IDH1/IDH2 negative". A gene
 * said to be not tested stays unknown.
 */
final class MutationExtractor implements Extractor {
    private static final Pattern OCR_TIER = Pattern.compile("\\btier ([il|1!]{1,3})(?![a-z0-9])");
    private static final Pattern P_DOT = Pattern.compile("p\\.\\(?[A-Z][a-z]{0,2}\\d+[A-Za-z*=_\\d]*\\)?");
    private static final Pattern P_BARE =
            Pattern.compile("^[\\s:]*\\(?([A-Z]\\d{1,4}(?:[A-Z*]|fs\\*?\\d*)(?:fs\\*?\\d*)?)(?![\\w])");
    private static final Pattern C_DOT = Pattern.compile("c\\.[0-9_+\\-*]+[^\\s,;)]*");
    private static final Pattern VAF = Pattern.compile(
            "(?i)(?:VAF|allele (?:frequency|fraction)|\\bAF)\\s*[:=]?\\s*(?:of\\s*)?[~≈]?\\s*(\\d+(?:\\.\\d+)?)\\s*(%)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s*%");
    /** "TP53 mutation detected (VAF 34%)", "ASXL1-mutated, VAF 35%": a variant named without its HGVS change. */
    private static final Pattern GENE_ONLY = Pattern.compile(
            "(?i)^[\\s-]*(?:mutation|mutated|mut\\b|variant)\\b.{0,40}?(?:\\bVAF\\b|allele|\\b(?:detected|present|identified)\\b)");

    private static final Pattern JOINER = Pattern.compile("^\\s*(?:[/,&]|and|or)\\s*$");
    private static final Pattern NEG_AFTER = Pattern.compile(
            "(?i)^\\W{0,3}(?:\\w+\\W+){0,2}?(negative|wild[- ]type|not detected|no (?:pathogenic |reportable |clinically significant )?(?:variants?|mutations?)|none detected|unmutated)");
    private static final Pattern UNTESTED = Pattern.compile(
            "(?i)not (?:tested|performed|done|assessed|covered|evaluated|reliably detected|included|available|sent)|pending|not on (?:the|this) panel");
    /** A gene-by-gene grid's cell: the gene, then only a dash before the next cell or the end of the line. */
    private static final Pattern DASH_CELL = Pattern.compile("^[ \\t]+[—–-](?=[ \\t]|$)");
    /** The grid's legend saying what the dash means: "— = no variant detected". */
    private static final Pattern DASH_LEGEND = Pattern.compile(
            "(?im)(?:^|\\s)[—–-]\\s*(?:=|:|means)\\s*(?:no (?:\\w+ )?variants?|not detected|negative|wild[- ]type)");

    private static final Set<SectionKind> SKIP =
            EnumSet.of(SectionKind.METHODOLOGY, SectionKind.FISH, SectionKind.CYTOGENETICS, SectionKind.FAMILY_HISTORY);

    private final GeneMentions genes = new GeneMentions();
    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        Set<String> tested = new HashSet<>();
        Set<String> mutated = new HashSet<>();
        List<Fact> panel = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            List<GeneMentions.Mention> mentions = genes.find(page.text());
            for (int i = 0; i < mentions.size(); i++) {
                GeneMentions.Mention g = mentions.get(i);
                SectionKind section = page.lineAt(g.start()).section();
                Evidence ev = new Evidence(doc.documentId(), page, g.start(), g.end());
                LocalDate date = MentionDates.of(doc, page, g.start(), g.end());
                if (section == SectionKind.NEGATIVE_GENES || section == SectionKind.PANEL_GENES) {
                    Fact f = ev.fact(Fields.NEGATIVE_GENE, new FactValue.Text(g.gene()), date, 0.95, Context.AFFIRMED);
                    (section == SectionKind.PANEL_GENES ? panel : facts).add(f);
                    tested.add(g.gene());
                    continue;
                }
                if (SKIP.contains(section)) {
                    continue;
                }
                int tailEnd = i + 1 < mentions.size()
                        ? mentions.get(i + 1).start()
                        : page.text().length();
                int[] scope = Scope.sentence(page.text(), g.start(), g.end());
                tailEnd = Math.min(tailEnd, Math.min(scope[1], g.end() + 160));
                Mutation mut = variant(page, g, tailEnd, section, scope, ev);
                boolean structuralOnly = mut != null && mut.hgvsP() == null && mut.hgvsC() == null;
                if (structuralOnly && negative(page, mentions, i, scope)) {
                    facts.add(ev.fact(Fields.NEGATIVE_GENE, new FactValue.Text(g.gene()), date, 0.8, Context.AFFIRMED));
                } else if (mut != null) {
                    Context ctx = contexts.classify(
                            page, g.start(), g.end(), EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL));
                    facts.add(ev.fact(Fields.MUTATION, new FactValue.Variant(mut), date, 0.9, ctx));
                    mutated.add(g.gene());
                } else if (negative(page, mentions, i, scope) || dashCell(page, g)) {
                    facts.add(
                            ev.fact(Fields.NEGATIVE_GENE, new FactValue.Text(g.gene()), date, 0.85, Context.AFFIRMED));
                }
            }
        }
        for (Fact f : panel) {
            if (!mutated.contains(((FactValue.Text) f.value()).value())) {
                facts.add(f);
            }
        }
        return facts;
    }

    private Mutation variant(
            PageLines page, GeneMentions.Mention g, int tailEnd, SectionKind section, int[] scope, Evidence ev) {
        String tail = page.text().substring(g.end(), Math.max(g.end(), tailEnd));
        String p = null;
        Matcher m = P_DOT.matcher(tail);
        if (m.find()) {
            p = Hgvs.protein(m.group()).value().map(ProteinChange::oneLetter).orElse(null);
        } else {
            Matcher b = P_BARE.matcher(tail);
            if (b.find()) {
                p = Hgvs.protein(b.group(1))
                        .value()
                        .map(ProteinChange::oneLetter)
                        .orElse(null);
            }
        }
        Matcher c = C_DOT.matcher(tail);
        String hgvsC = c.find() ? c.group().replaceAll("[.]+$", "") : null;
        if (p == null && hgvsC != null) {
            // #13: a table with the protein change in its own column after the cDNA one ("c.2098A>G   K700E")
            Matcher b = P_BARE.matcher(tail.substring(c.end()));
            if (b.find()) {
                p = Hgvs.protein(b.group(1))
                        .value()
                        .map(ProteinChange::oneLetter)
                        .orElse(null);
            }
        }
        if (p == null
                && hgvsC == null
                && g.structural() == null
                && !GENE_ONLY.matcher(tail).find()) {
            return null;
        }
        String sentence = page.text().substring(scope[0], scope[1]).toLowerCase(Locale.ROOT);
        return new Mutation(
                g.gene(),
                hgvsC,
                p,
                g.structural(),
                vaf(tail),
                classification(section, tail + " " + sentence),
                germline(page, scope),
                ev.provenance());
    }

    /** OCR reads the roman tier numerals as "|", "l" or "1" ("Tier Il" is tier II): spell them as i's. */
    static String romanTiers(String lower) {
        Matcher m = OCR_TIER.matcher(lower);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement("tier " + "i".repeat(m.group(1).length())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static BigDecimal vaf(String tail) {
        Matcher v = VAF.matcher(tail);
        if (v.find()) {
            BigDecimal n = new BigDecimal(v.group(1));
            return v.group(2) == null && n.compareTo(BigDecimal.ONE) < 0 ? n.movePointRight(2) : n;
        }
        Matcher pc = PERCENT.matcher(tail);
        return pc.find() ? new BigDecimal(pc.group(1)) : null;
    }

    private static Classification classification(SectionKind section, String text) {
        String t = romanTiers(text.toLowerCase(Locale.ROOT));
        if (section == SectionKind.UNCERTAIN_VARIANTS
                || t.contains("uncertain significance")
                || t.matches("(?s).*\\b(vus|tier iii)\\b.*")) {
            return Classification.VUS;
        }
        if (t.contains("likely pathogenic") || t.contains("likely oncogenic")) {
            return Classification.LIKELY_PATHOGENIC;
        }
        if (t.contains("likely benign")) {
            return Classification.LIKELY_BENIGN;
        }
        if (t.matches("(?s).*\\bbenign\\b.*")) {
            return Classification.BENIGN;
        }
        if (t.contains("pathogenic") || t.contains("oncogenic") || t.matches("(?s).*\\btier i\\b.*")) {
            return Classification.PATHOGENIC;
        }
        if (t.matches("(?s).*\\btier ii\\b.*")) {
            return Classification.LIKELY_PATHOGENIC;
        }
        return section == SectionKind.VARIANTS ? Classification.PATHOGENIC : Classification.UNKNOWN;
    }

    private Boolean germline(PageLines page, int[] scope) {
        String s = page.text().substring(scope[0], scope[1]);
        int i = s.toLowerCase(Locale.ROOT).indexOf("germline");
        if (i < 0) {
            return null;
        }
        Context ctx = contexts.classify(
                page, scope[0] + i, scope[0] + i + 8, EnumSet.of(Context.HYPOTHETICAL, Context.NEGATED));
        return ctx == Context.AFFIRMED ? Boolean.TRUE : ctx == Context.NEGATED ? Boolean.FALSE : null;
    }

    /**
     * A gene in a gene-by-gene grid whose cell is a dash, on a page whose legend says the dash means no variant
     * detected (#13); without that legend a dash might mean "not tested" and the gene stays unknown.
     */
    private static boolean dashCell(PageLines page, GeneMentions.Mention g) {
        String text = page.text();
        int eol = text.indexOf('\n', g.end());
        String rest = text.substring(g.end(), eol < 0 ? text.length() : eol);
        return DASH_CELL.matcher(rest).find() && DASH_LEGEND.matcher(text).find();
    }

    /** A gene (or a joined group "IDH1/IDH2") stated negative, and not said to be untested. */
    private boolean negative(PageLines page, List<GeneMentions.Mention> mentions, int i, int[] scope) {
        String text = page.text();
        int first = i;
        while (first > 0
                && JOINER.matcher(text.substring(
                                mentions.get(first - 1).end(),
                                mentions.get(first).start()))
                        .matches()) {
            first--;
        }
        int last = i;
        while (last + 1 < mentions.size()
                && JOINER.matcher(text.substring(
                                mentions.get(last).end(), mentions.get(last + 1).start()))
                        .matches()) {
            last++;
        }
        int start = mentions.get(first).start();
        int end = mentions.get(last).end();
        String sentence = text.substring(scope[0], Math.max(scope[1], end));
        if (UNTESTED.matcher(sentence).find()) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), Math.max(end, Math.min(scope[1] + 1, end + 60))));
        if (NEG_AFTER.matcher(after).find()) {
            return true;
        }
        return contexts.classify(page, start, end, EnumSet.of(Context.NEGATED, Context.FAMILY, Context.HYPOTHETICAL))
                == Context.NEGATED;
    }
}
