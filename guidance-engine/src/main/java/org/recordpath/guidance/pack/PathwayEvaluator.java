package org.recordpath.guidance.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.facts.PatientFacts;
import org.recordpath.guidance.facts.PatientResolver;
import org.recordpath.guidance.logic.Criterion;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.logic.Verdict;

/**
 * Evaluates one pathway for one patient: gates, then requirements, then exclusions, in Kleene logic; for a POSSIBLE
 * outcome each unknown fact is tried as true and as false (pathways.md section 0.3).
 */
public final class PathwayEvaluator {
    private PathwayEvaluator() {}

    public static PathwayOutcome evaluate(Pathway p, PatientFacts facts) {
        Run run = run(p, facts, Map.of());
        List<PathwayOutcome.MissingFact> missing = new ArrayList<>();
        if (run.status == Status.POSSIBLE) {
            Map<String, List<String>> unknown = new LinkedHashMap<>();
            for (PathwayOutcome.Step s : run.steps) {
                if (s.truth() == Truth.UNKNOWN) {
                    unknown.putIfAbsent(s.criterion(), run.questions.getOrDefault(s.criterion(), List.of()));
                }
            }
            List<PathwayOutcome.MissingFact> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : unknown.entrySet()) {
                Status ifTrue = run(p, facts, Map.of(e.getKey(), Truth.TRUE)).status;
                Status ifFalse = run(p, facts, Map.of(e.getKey(), Truth.FALSE)).status;
                all.add(new PathwayOutcome.MissingFact(e.getKey(), e.getValue(), ifTrue, ifFalse));
            }
            all.stream().filter(m -> m.ifTrue() != m.ifFalse()).forEach(missing::add);
            if (missing.isEmpty()) {
                missing.addAll(all);
            }
        }
        PatientResolver resolver = new PatientResolver(facts, Map.of());
        return new PathwayOutcome(
                p.id(),
                p.title(),
                run.status,
                run.why,
                missing,
                run.steps,
                Presentation.options(p, resolver),
                p.evidence(),
                p.fda(),
                p.citations(),
                Presentation.notes(p, resolver));
    }

    private static Run run(Pathway p, PatientFacts facts, Map<String, Truth> overrides) {
        PatientResolver resolver = new PatientResolver(facts, overrides);
        List<PathwayOutcome.Step> steps = new ArrayList<>();
        Map<String, List<String>> questions = new HashMap<>();
        List<Finding> gates = Gates.evaluate(facts, overrides);
        String[] keys = {Gates.G1, Gates.G2, Gates.G3};
        Truth gateTruth = Truth.TRUE;
        String gateFail = null;
        for (int i = 0; i < gates.size(); i++) {
            Finding g = gates.get(i);
            steps.add(new PathwayOutcome.Step("gate", keys[i], g.truth(), g.because(), used(g)));
            questions.put(keys[i], g.questions());
            gateTruth = gateTruth.and(g.truth());
            if (g.truth() == Truth.FALSE && gateFail == null) {
                gateFail = g.because();
            }
        }
        Verdict req = p.requires().evaluate(resolver);
        Verdict exc = p.excludes().evaluate(resolver);
        add(steps, questions, "requires", req);
        add(steps, questions, "excludes", exc);
        Truth overall = gateTruth.and(req.truth()).and(exc.truth().not());
        Status status =
                overall == Truth.TRUE ? Status.MATCH : overall == Truth.FALSE ? Status.NOT_MATCHED : Status.POSSIBLE;
        String why;
        if (gateFail != null) {
            why = gateFail;
        } else if (req.truth() == Truth.FALSE) {
            why = req.because();
        } else if (exc.truth() == Truth.TRUE) {
            why = "excluded: " + exc.because();
        } else if (status == Status.MATCH) {
            why = req.because().isBlank()
                    ? "guideline applies to every patient with MDS: "
                            + String.join(
                                    "; ", gates.stream().map(Finding::because).toList())
                    : req.because();
        } else {
            List<String> open = new ArrayList<>();
            steps.stream().filter(s -> s.truth() == Truth.UNKNOWN).forEach(s -> open.add(s.because()));
            why = "undecided: " + String.join("; ", open);
        }
        return new Run(status, why, steps, questions);
    }

    private static void add(
            List<PathwayOutcome.Step> steps, Map<String, List<String>> questions, String part, Verdict v) {
        for (Verdict.Step s : v.steps()) {
            Finding f = s.finding();
            steps.add(new PathwayOutcome.Step(part, s.key(), f.truth(), f.because(), used(f)));
            questions.merge(s.key(), f.questions(), (a, b) -> a.isEmpty() ? b : a);
        }
    }

    /**
     * The facts a step shows: all of them while it is undecided; once decided, not those the boundary withheld
     * (impossible, unreviewed, unreadable), which cannot have decided it (#10).
     */
    private static List<org.recordpath.guidance.logic.FactUse> used(Finding f) {
        if (f.truth() == Truth.UNKNOWN) {
            return f.facts();
        }
        return f.facts().stream().filter(u -> !u.value().startsWith("withheld")).toList();
    }

    /** True when the criterion tree holds for the patient (used for option and note conditions). */
    static Truth holds(Criterion c, PatientResolver resolver) {
        return c == null ? Truth.TRUE : c.evaluate(resolver).truth();
    }

    private record Run(
            Status status, String why, List<PathwayOutcome.Step> steps, Map<String, List<String>> questions) {}
}
