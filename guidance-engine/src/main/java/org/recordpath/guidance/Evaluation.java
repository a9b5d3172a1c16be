package org.recordpath.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.classify.Icc2022;
import org.recordpath.guidance.classify.Who2022;
import org.recordpath.guidance.facts.PatientFacts;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.PathwayEvaluator;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;
import org.recordpath.guidance.risk.IpssM;
import org.recordpath.guidance.risk.IpssR;
import org.recordpath.guidance.risk.IpssmProfileInputs;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.guidance.risk.IpssrResult;
import org.recordpath.guidance.risk.ReportedComparison;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.guidance.risk.RiskGroupRule;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Disease;

/** One evaluation of a checked profile (canonical units, boundary applied): risk, classification, pathways. */
final class Evaluation {
    private Evaluation() {}

    static GuidanceReport run(Pack pack, ClinicalProfile p, Map<String, String> withheld, List<String> earlier) {
        List<String> flags = new ArrayList<>(earlier);
        IpssrResult ipssr = IpssR.compute(p);
        IpssmResult ipssm = IpssM.compute(IpssmProfileInputs.from(p));
        RiskGroupDecision risk = RiskGroupRule.decide(ipssr, ipssm, p.reportedRisk(), p);
        List<ReportedComparison> reported = ReportedComparison.compare(p.reportedRisk(), ipssr, ipssm);
        flags.addAll(risk.flags());
        reported.stream().filter(r -> Boolean.FALSE.equals(r.agrees())).forEach(r -> flags.add(r.note()));
        ipssm.warnings().forEach(flags::add);
        if (ipssm.clinicalInputsMissing()) {
            flags.add("IPSS-M computed with clinical inputs missing ("
                    + String.join(
                            ", ",
                            ipssm.missing().stream()
                                    .filter(m -> List.of("HB", "PLT", "BM_BLAST", "CYTO_IPSSR")
                                            .contains(m))
                                    .toList())
                    + "): shown, but it does not set the risk group");
        }
        PatientFacts facts = new PatientFacts(p, risk, withheld);
        List<PathwayOutcome> outcomes = new ArrayList<>();
        pack.pathways().forEach(pw -> outcomes.add(PathwayEvaluator.evaluate(pw, facts)));
        boolean mds = p.diagnosis().disease() == null || p.diagnosis().disease() == Disease.MDS;
        flags.addAll(ReviewFlags.of(p));
        boolean anyMdsPossible = outcomes.stream().anyMatch(o -> o.status() != Status.NOT_MATCHED);
        List<GuidanceReport.Question> questions =
                QuestionList.build(outcomes, ipssm, risk, pack, mds && anyMdsPossible, ReviewFlags.suggestsGermline(p));
        return new GuidanceReport(
                new GuidanceReport.Risk(ipssr, ipssm, reported),
                risk.group(),
                new GuidanceReport.RiskGroupBasis(risk.basis(), risk.explanation()),
                new GuidanceReport.Classification(Who2022.classify(p), Icc2022.classify(p)),
                outcomes,
                questions,
                new GuidanceReport.Guideline(pack.name(), pack.version(), pack.contentBasis()),
                flags,
                GuidanceEngine.NOTICE);
    }
}
