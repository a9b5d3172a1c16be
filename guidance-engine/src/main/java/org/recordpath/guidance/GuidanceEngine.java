package org.recordpath.guidance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.classify.Icc2022;
import org.recordpath.guidance.classify.Who2022;
import org.recordpath.guidance.facts.PatientFacts;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.Packs;
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

/** Evaluates a profile: risk, classification, pathways of one pack. Thread-safe; create once and reuse. */
public final class GuidanceEngine {
    public static final String NOTICE = "RecordPath gives information grounded in published guidelines; it is not"
            + " medical advice. Choosing between options is your clinician's decision.";

    private static final class DefaultPack {
        static final Pack PACK = Packs.bundled(Packs.DEFAULT);
    }

    private final Pack pack;

    private GuidanceEngine(Pack pack) {
        this.pack = pack;
    }

    /** The engine with the current bundled pack (NCCN MDS 2026.1), loaded and validated once. */
    public static GuidanceEngine withDefaultPack() {
        return new GuidanceEngine(DefaultPack.PACK);
    }

    /** An engine for a pack file on disk; throws {@link org.recordpath.guidance.pack.PackException} if invalid. */
    public static GuidanceEngine withPack(Path file) {
        return new GuidanceEngine(Packs.load(file));
    }

    /** An engine for a bundled pack by file name (see {@link #bundledPacks()}). */
    public static GuidanceEngine withBundledPack(String fileName) {
        return new GuidanceEngine(Packs.bundled(fileName));
    }

    /** An engine for an already loaded pack. */
    public static GuidanceEngine withPack(Pack pack) {
        return new GuidanceEngine(pack);
    }

    /** File names of the bundled packs, oldest first. */
    public static List<String> bundledPacks() {
        return Packs.bundled();
    }

    public Pack pack() {
        return pack;
    }

    public GuidanceReport evaluate(ClinicalProfile original) {
        CanonicalUnits.Result canonical = CanonicalUnits.apply(original);
        ClinicalProfile p = canonical.profile();
        List<String> flags = new ArrayList<>(canonical.warnings());
        IpssrResult ipssr = IpssR.compute(p);
        IpssmResult ipssm = IpssM.compute(IpssmProfileInputs.from(p));
        RiskGroupDecision risk = RiskGroupRule.decide(ipssr, ipssm, p.reportedRisk());
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
        PatientFacts facts = new PatientFacts(p, risk);
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
                NOTICE);
    }
}
