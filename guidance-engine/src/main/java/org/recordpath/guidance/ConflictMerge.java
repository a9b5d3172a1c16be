package org.recordpath.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;

/**
 * Joins the evaluations of a profile under each candidate of its same-date conflicts: a pathway keeps its outcome
 * when every candidate gives it; otherwise it is POSSIBLE and names the conflict and its documents (#10). A MATCH
 * that uses a conflicting field that could not be varied is POSSIBLE too.
 */
final class ConflictMerge {
    private ConflictMerge() {}

    static GuidanceReport merge(GuidanceReport base, List<GuidanceReport> variants, SameDateConflicts conflicts) {
        if (variants.isEmpty() && conflicts.unvaried().isEmpty()) {
            return base;
        }
        String conflict = describe(conflicts);
        List<PathwayOutcome> out = new ArrayList<>();
        for (int i = 0; i < base.pathways().size(); i++) {
            PathwayOutcome b = base.pathways().get(i);
            Set<Status> seen = new LinkedHashSet<>();
            seen.add(b.status());
            for (GuidanceReport v : variants) {
                seen.add(v.pathways().get(i).status());
            }
            if (seen.size() > 1) {
                out.add(possible(
                        b,
                        "same-date values disagree and the outcome depends on which is right (" + conflict
                                + "): it would be " + seen,
                        seen));
            } else if (b.status() == Status.MATCH && uses(b, conflicts.unvaried())) {
                out.add(possible(
                        b,
                        "rests on a fact whose same-date values disagree (" + String.join(", ", conflicts.unvaried())
                                + "); a navigator decides which is right",
                        Set.of(Status.MATCH, Status.POSSIBLE)));
            } else if (b.status() == Status.MATCH && !variants.isEmpty() && uses(b, axisPaths(conflicts))) {
                out.add(new PathwayOutcome(
                        b.id(),
                        b.title(),
                        b.status(),
                        b.why() + " (same-date values disagree: " + conflict
                                + "; every one of them gives this outcome)",
                        b.missing(),
                        b.steps(),
                        b.options(),
                        b.evidence(),
                        b.fda(),
                        b.citations(),
                        b.notes()));
            } else {
                out.add(b);
            }
        }
        Set<String> groups = new LinkedHashSet<>();
        groups.add(base.riskGroup());
        variants.forEach(v -> groups.add(v.riskGroup()));
        boolean groupDiffers = groups.size() > 1;
        return new GuidanceReport(
                base.risk(),
                groupDiffers ? "unknown" : base.riskGroup(),
                groupDiffers
                        ? new GuidanceReport.RiskGroupBasis(
                                "conflict", "the risk group depends on conflicting same-date values (" + conflict + ")")
                        : base.riskGroupBasis(),
                base.classification(),
                out,
                base.questions(),
                base.guideline(),
                base.flags(),
                base.notice());
    }

    private static Set<String> axisPaths(SameDateConflicts c) {
        Set<String> paths = new LinkedHashSet<>();
        c.axes().forEach(x -> paths.add(x.path()));
        return paths;
    }

    private static boolean uses(PathwayOutcome o, Set<String> paths) {
        for (PathwayOutcome.Step s : o.steps()) {
            if (s.truth() == Truth.UNKNOWN) {
                continue;
            }
            for (FactUse u : s.facts()) {
                if (paths.contains(u.path())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PathwayOutcome possible(PathwayOutcome b, String why, Set<Status> seen) {
        List<PathwayOutcome.MissingFact> missing = new ArrayList<>(b.missing());
        List<Status> both = new ArrayList<>(seen);
        missing.add(
                0,
                new PathwayOutcome.MissingFact(
                        "which same-date value is right", List.of(), both.get(0), both.get(both.size() - 1)));
        return new PathwayOutcome(
                b.id(),
                b.title(),
                Status.POSSIBLE,
                why,
                missing,
                b.steps(),
                b.options(),
                b.evidence(),
                b.fda(),
                b.citations(),
                b.notes());
    }

    private static String describe(SameDateConflicts c) {
        List<String> parts = new ArrayList<>();
        c.axes().forEach(x -> parts.add(x.path() + " " + String.join(" or ", x.shown())));
        parts.addAll(c.unvaried());
        return String.join("; ", parts);
    }
}
