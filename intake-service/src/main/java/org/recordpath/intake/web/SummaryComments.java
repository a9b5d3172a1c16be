package org.recordpath.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.classify.ClassificationResult;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Mutation;

/**
 * Plain comments where the summary would otherwise show two things that look contradictory side by side: a gene
 * named in the stated diagnosis that the WHO 2022 type does not use, and genes the IPSS-M counts as missing although
 * the variants table lists them.
 */
final class SummaryComments {
    /** Gene symbols as diagnoses write them: letters, then a digit (SF3B1, TP53, IDH2, RUNX1). */
    private static final Pattern GENE = Pattern.compile("\\b[A-Z]{2,}[0-9][A-Z0-9]*\\b");

    private SummaryComments() {}

    static List<String> of(ClinicalProfile profile, GuidanceReport report) {
        List<String> comments = new ArrayList<>();
        stated(profile, report, comments);
        ipssmMissing(profile, report, comments);
        return List.copyOf(comments);
    }

    private static void stated(ClinicalProfile profile, GuidanceReport report, List<String> comments) {
        String stated = profile.diagnosis().statedType();
        if (stated == null
                || report.classification() == null
                || report.classification().who2022() == null) {
            return;
        }
        ClassificationResult who = report.classification().who2022();
        String used = ((who.type() == null ? "" : who.type()) + " " + (who.because() == null ? "" : who.because()))
                .toUpperCase(Locale.ROOT);
        Matcher genes = GENE.matcher(stated.toUpperCase(Locale.ROOT));
        Set<String> named = new LinkedHashSet<>();
        while (genes.find()) {
            named.add(genes.group());
        }
        for (String gene : named) {
            if (used.contains(gene)) {
                continue;
            }
            List<Mutation> drivers = profile.mutations().stream()
                    .filter(m -> m.gene().equalsIgnoreCase(gene)
                            && m.classification().isDriver())
                    .toList();
            String why = drivers.isEmpty()
                    ? "the records read so far hold no disease-causing " + gene + " variant, so WHO 2022 could not"
                            + " use it"
                    : "a disease-causing " + gene + " variant is in the variants table, but WHO 2022 did not use it"
                            + " (check its VAF and the other criteria)";
            comments.add("The stated diagnosis names " + gene + "; " + why + ".");
        }
    }

    private static void ipssmMissing(ClinicalProfile profile, GuidanceReport report, List<String> comments) {
        if (report.risk() == null || report.risk().ipssm() == null) {
            return;
        }
        for (String input : report.risk().ipssm().missing()) {
            String gene = input.endsWith("mut") ? input.substring(0, input.length() - 3) : input;
            List<Mutation> listed = profile.mutations().stream()
                    .filter(m -> m.gene().equalsIgnoreCase(gene))
                    .toList();
            if (listed.isEmpty()) {
                continue;
            }
            boolean driver = listed.stream().anyMatch(m -> m.classification().isDriver());
            comments.add(
                    driver
                            ? gene + " is in the variants table as disease-causing, yet the IPSS-M counts it as"
                                    + " missing; check the IPSS-M inputs."
                            : gene + " is in the variants table, but only with the classification \""
                                    + listed.get(0).classification() + "\"; the IPSS-M counts only classified"
                                    + " variants, so it treats " + gene + " as not yet known.");
        }
    }
}
