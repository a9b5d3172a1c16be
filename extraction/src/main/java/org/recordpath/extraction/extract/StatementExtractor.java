package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/**
 * Yes/no clinician statements (pathways.md 0.1 contract gaps): symptomatic anemia, bleeding, recurrent infections,
 * platelet-transfusion dependence, TP53 loss of heterozygosity. A negated statement ("denies bleeding") is a no;
 * plans and family history are set aside.
 */
final class StatementExtractor implements Extractor {
    private record Statement(String field, Pattern yes, Pattern no) {}

    private static final List<Statement> STATEMENTS = List.of(
            new Statement(
                    Fields.SYMPTOMATIC_ANEMIA,
                    Pattern.compile("(?i)\\bsymptomatic an(?:a)?emia\\b|\\ban(?:a)?emia is symptomatic"),
                    Pattern.compile(
                            "(?i)\\basymptomatic an(?:a)?emia\\b|\\ban(?:a)?emia is (?:well tolerated|asymptomatic)")),
            new Statement(
                    Fields.BLEEDING,
                    Pattern.compile("(?i)\\b(?:bleeding|haemorrhage|hemorrhage|epistaxis|gum bleeding|melena)\\b"),
                    null),
            new Statement(
                    Fields.RECURRENT_INFECTIONS,
                    Pattern.compile("(?i)\\brecurrent (?:infections?|pneumonias?)\\b"),
                    null),
            new Statement(
                    Fields.PLATELET_TRANSFUSION_DEPENDENT,
                    Pattern.compile("(?i)\\bplatelet[- ]transfusion[- ]dependen(?:t|ce)\\b"),
                    Pattern.compile("(?i)\\bplatelet[- ]transfusion[- ]independen(?:t|ce)\\b")),
            new Statement(
                    Fields.TP53_LOH,
                    Pattern.compile(
                            "(?i)\\bTP53\\b[^.;]{0,60}\\b(?:LOH|loss of heterozygosity|cnLOH|copy[- ]neutral LOH|deletion of 17p)\\b"),
                    null));
    private static final Set<SectionKind> STATED_IN = EnumSet.of(
            SectionKind.COMPLAINT,
            SectionKind.HISTORY,
            SectionKind.TREATMENT_HISTORY,
            SectionKind.EXAM,
            SectionKind.ASSESSMENT,
            SectionKind.MOLECULAR,
            SectionKind.COMMENT,
            SectionKind.DIAGNOSIS,
            SectionKind.OTHER,
            SectionKind.HEADER,
            SectionKind.TRANSFUSION);

    private final ContextDetector contexts = new ContextDetector();

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            for (Statement s : STATEMENTS) {
                read(doc, page, s.field(), s.yes(), true, facts);
                if (s.no() != null) {
                    read(doc, page, s.field(), s.no(), false, facts);
                }
            }
        }
        return facts;
    }

    private void read(DocumentText doc, PageLines page, String field, Pattern p, boolean value, List<Fact> out) {
        Matcher m = p.matcher(page.text());
        while (m.find()) {
            if (!STATED_IN.contains(page.lineAt(m.start()).section())) {
                continue;
            }
            Context ctx = contexts.classify(
                    page, m.start(), m.end(), EnumSet.of(Context.FAMILY, Context.HYPOTHETICAL, Context.NEGATED));
            boolean v = value;
            if (ctx == Context.NEGATED) {
                v = !value;
                ctx = Context.AFFIRMED;
            }
            out.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                    .fact(field, new FactValue.Flag(v), doc.reportDate(), 0.7, ctx));
        }
    }
}
