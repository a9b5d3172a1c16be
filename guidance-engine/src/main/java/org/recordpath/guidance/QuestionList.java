package org.recordpath.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;
import org.recordpath.guidance.risk.IpssmInputs;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.guidance.risk.RiskGroupDecision;

/**
 * Builds the plain-language questions (pathways.md section 4): those that decide a POSSIBLE pathway first, most
 * decisive first; then those that refine the risk group; then confirmations of assumptions; then the trial question.
 */
final class QuestionList {
    private QuestionList() {}

    static List<GuidanceReport.Question> build(
            List<PathwayOutcome> outcomes,
            IpssmResult ipssm,
            RiskGroupDecision risk,
            Pack pack,
            boolean mds,
            boolean germline) {
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Set<String>> concerns = new LinkedHashMap<>();
        for (PathwayOutcome o : outcomes) {
            if (o.status() != Status.POSSIBLE) {
                continue;
            }
            for (PathwayOutcome.MissingFact m : o.missing()) {
                int weight = m.ifTrue() != m.ifFalse() ? 2 : 1;
                for (String q : m.questions()) {
                    score.merge(q, weight, Integer::sum);
                    concerns.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(o.id());
                }
            }
        }
        List<GuidanceReport.Question> out = new ArrayList<>();
        score.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.add(question(pack, e.getKey(), "decides", concerns.get(e.getKey()))));
        if (mds) {
            for (String q : riskQuestions(ipssm, risk)) {
                add(out, question(pack, q, "refines-risk", Set.of()));
            }
            for (PathwayOutcome o : outcomes) {
                if (o.status() == Status.NOT_MATCHED) {
                    continue;
                }
                for (PathwayOutcome.Step s : o.steps()) {
                    if (s.truth().isKnown() && !s.part().equals("gate")) {
                        confirmations(s).forEach(q -> add(out, question(pack, q, "confirms", Set.of(o.id()))));
                    }
                }
            }
            if (germline) {
                add(out, question(pack, "Q-GERM", "refines-risk", Set.of()));
            }
            add(out, question(pack, "Q-TRIAL", "always", Set.of()));
        }
        return out;
    }

    /** Q-NGS when missing genes keep IPSS-M from deciding the group; clinical inputs when they are missing. */
    private static List<String> riskQuestions(IpssmResult ipssm, RiskGroupDecision risk) {
        List<String> out = new ArrayList<>();
        if (risk.group().equals("unknown")) {
            out.add("Q-RISK");
        }
        if (!risk.basis().equals("IPSS-M")) {
            boolean genesMissing = ipssm.missing().stream()
                    .anyMatch(m -> m.equals("TP53mut")
                            || m.equals("FLT3")
                            || m.equals("SF3B1")
                            || IpssmInputs.MAIN_GENES.contains(m)
                            || IpssmInputs.RESIDUAL_GENES.contains(m));
            if (genesMissing) {
                out.add("Q-NGS");
            }
            if (ipssm.missing().contains("CYTO_IPSSR")) {
                out.add("Q-KARYO");
            }
            if (ipssm.missing().contains("BM_BLAST")) {
                out.add("Q-BLASTS");
            }
            if (ipssm.missing().contains("HB")) {
                out.add("Q-HB");
            }
            if (ipssm.missing().contains("PLT")) {
                out.add("Q-CBC");
            }
        }
        return out;
    }

    private static List<String> confirmations(PathwayOutcome.Step s) {
        List<String> out = new ArrayList<>();
        if (s.because().contains("assumes no regular transfusions")) {
            out.add("Q-TX");
        }
        if (s.because().startsWith("no record of ESA")) {
            out.add("Q-ESA");
        }
        if (s.because().contains("no HMA given")) {
            out.add("Q-HMA");
        }
        return out;
    }

    private static GuidanceReport.Question question(Pack pack, String key, String kind, Set<String> pathways) {
        return new GuidanceReport.Question(key, pack.question(key), kind, List.copyOf(pathways));
    }

    private static void add(List<GuidanceReport.Question> out, GuidanceReport.Question q) {
        for (int i = 0; i < out.size(); i++) {
            GuidanceReport.Question x = out.get(i);
            if (x.key().equals(q.key())) {
                if (!q.pathways().isEmpty() && x.kind().equals(q.kind())) {
                    Set<String> merged = new LinkedHashSet<>(x.pathways());
                    merged.addAll(q.pathways());
                    out.set(i, new GuidanceReport.Question(x.key(), x.text(), x.kind(), List.copyOf(merged)));
                }
                return;
            }
        }
        out.add(q);
    }
}
