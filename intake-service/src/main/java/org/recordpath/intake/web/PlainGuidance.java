package org.recordpath.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Mutation;

/**
 * The guidance as a patient reads it: the diagnosis and risk group in words, every reported gene change with what its
 * classification means, the options that
 * match and why, what is still missing, and the questions to ask their doctor.
 */
record PlainGuidance(
        String diagnosis,
        String riskGroup,
        String riskExplanation,
        List<String> keyMutations,
        int genesTested,
        List<PathwayOutcome> matched,
        List<PathwayOutcome> possible,
        List<PathwayOutcome> notMatched,
        List<String> missing,
        List<String> questions) {

    static PlainGuidance of(ClinicalProfile profile, GuidanceReport report) {
        List<String> mutations = new ArrayList<>();
        for (Mutation m : profile.mutations()) {
            mutations.add(mutation(m) + " — " + meaning(m.classification()));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (PathwayOutcome p : report.pathways()) {
            if (p.status() == Status.POSSIBLE) {
                p.missing().forEach(f -> missing.add(humanise(f.fact())));
            }
        }
        return new PlainGuidance(
                diagnosis(profile, report),
                switch (report.riskGroup() == null ? "unknown" : report.riskGroup()) {
                    case "lower" -> "lower risk";
                    case "higher" -> "higher risk";
                    default -> "not yet known from the records";
                },
                report.riskGroupBasis() == null ? null : report.riskGroupBasis().explanation(),
                List.copyOf(mutations),
                profile.negativeGenes().size(),
                of(report, Status.MATCH),
                of(report, Status.POSSIBLE),
                of(report, Status.NOT_MATCHED),
                List.copyOf(missing),
                report.questions().stream().map(GuidanceReport.Question::text).toList());
    }

    static String mutation(Mutation m) {
        StringBuilder s = new StringBuilder(m.gene());
        String change = m.hgvsP() != null ? m.hgvsP() : m.hgvsC();
        if (change != null) {
            s.append(' ').append(change);
        }
        if (m.vafPct() != null) {
            s.append(" (in ")
                    .append(m.vafPct().stripTrailingZeros().toPlainString())
                    .append("% of reads)");
        }
        return s.toString();
    }

    /** What a variant's classification means, in the words a patient would use (#15). */
    static String meaning(Classification classification) {
        switch (classification) {
            case PATHOGENIC:
                return "the report calls it disease-causing";
            case LIKELY_PATHOGENIC:
                return "the report calls it probably disease-causing";
            case VUS:
                return "the report says its meaning is not yet known (a variant of uncertain significance)";
            case LIKELY_BENIGN:
                return "the report calls it probably harmless";
            case BENIGN:
                return "the report calls it harmless";
            default:
                return "the report does not say whether it matters";
        }
    }

    /** "labs.serumEpo" → "serum epo". */
    static String humanise(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String diagnosis(ClinicalProfile profile, GuidanceReport report) {
        if (report.classification() != null
                && report.classification().who2022() != null
                && report.classification().who2022().type() != null) {
            return report.classification().who2022().type();
        }
        if (profile.diagnosis().statedType() != null) {
            return profile.diagnosis().statedType();
        }
        if (profile.diagnosis().disease() != null) {
            return profile.diagnosis().disease().toString();
        }
        return null;
    }

    private static List<PathwayOutcome> of(GuidanceReport report, Status status) {
        return report.pathways().stream().filter(p -> p.status() == status).toList();
    }
}
