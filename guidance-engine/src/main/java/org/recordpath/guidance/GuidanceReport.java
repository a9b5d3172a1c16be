package org.recordpath.guidance;

import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.classify.ClassificationResult;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.guidance.risk.IpssrResult;
import org.recordpath.guidance.risk.ReportedComparison;

/**
 * The {@code guidance} part of the contract (DESIGN.md): risk scores with their inputs, the lower/higher risk group
 * and its basis, the WHO/ICC types, every pathway with its status and reasons, the questions to ask, the guideline
 * pack and version used, review flags, and the not-medical-advice notice.
 *
 * @param riskGroup "lower", "higher" or "unknown"
 * @param flags items for clinician review (disagreements, unit problems, conflicts)
 */
public record GuidanceReport(
        Risk risk,
        String riskGroup,
        RiskGroupBasis riskGroupBasis,
        Classification classification,
        List<PathwayOutcome> pathways,
        List<Question> questions,
        Guideline guideline,
        List<String> flags,
        String notice) {
    public GuidanceReport {
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(notice, "notice");
        pathways = List.copyOf(pathways);
        questions = List.copyOf(questions);
        flags = List.copyOf(flags);
    }

    /** The outcome of one pathway by id. */
    public java.util.Optional<PathwayOutcome> pathway(String id) {
        return pathways.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Computed scores and the scores stated in the records.
     *
     * @param reported each reported IPSS-R/IPSS-M beside the computed one, flagged when they disagree
     */
    public record Risk(IpssrResult ipssr, IpssmResult ipssm, List<ReportedComparison> reported) {
        public Risk {
            reported = List.copyOf(reported);
        }
    }

    /** Which rule set the risk group (pathways.md section 2.1). */
    public record RiskGroupBasis(String basis, String explanation) {}

    public record Classification(ClassificationResult who2022, ClassificationResult icc2022) {}

    /**
     * A plain-language question for the patient to bring to their doctor.
     *
     * @param kind "decides" (would settle a POSSIBLE pathway), "refines-risk", "confirms" (an assumption was made)
     *     or "always"
     * @param pathways the pathways it concerns
     */
    public record Question(String key, String text, String kind, List<String> pathways) {
        public Question {
            pathways = List.copyOf(pathways);
        }
    }

    /** The guideline pack and version the report was made with. */
    public record Guideline(String pack, String version, String contentBasis) {
        /** A guideline without a stated content basis. */
        public Guideline(String pack, String version) {
            this(pack, version, null);
        }
    }
}
