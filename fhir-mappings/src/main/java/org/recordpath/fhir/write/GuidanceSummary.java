package org.recordpath.fhir.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.guidance.risk.IpssrResult;

/**
 * What the export needs from a guidance report, and the only place that reads {@link GuidanceReport}: the guideline
 * pack and version, the risk group, each pathway's id, status, reason and missing data, and the computed risk scores.
 * When the report type changes, only {@link #from(GuidanceReport)} changes.
 *
 * @param scores computed IPSS-R and IPSS-M results; empty while the report does not carry them
 */
public record GuidanceSummary(
        String pack, String version, String riskGroup, List<Pathway> pathways, List<Score> scores, String notice) {
    public GuidanceSummary {
        pathways = pathways == null ? List.of() : List.copyOf(pathways);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** One evaluated pathway: status MATCH, POSSIBLE or NOT_MATCHED. */
    public record Pathway(String id, String status, String why, List<String> missing) {
        public Pathway {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }

    /**
     * One computed score.
     *
     * @param system "IPSS-R" or "IPSS-M"
     * @param scenario null for IPSS-R; "best", "mean" or "worst" for IPSS-M
     * @param missing inputs the score was computed without
     */
    public record Score(String system, String scenario, BigDecimal score, String category, List<String> missing) {
        public Score {
            Objects.requireNonNull(system, "system");
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }

    /** The parts of the report the export uses: pathways, guideline, risk group and the computed scores. */
    public static GuidanceSummary from(GuidanceReport report) {
        List<Pathway> pathways = report.pathways().stream()
                .map(p -> new Pathway(
                        p.id(),
                        p.status().name(),
                        p.why(),
                        p.missing().stream().map(m -> m.fact()).toList()))
                .toList();
        GuidanceReport.Guideline g = report.guideline();
        return new GuidanceSummary(
                g.pack(), g.version(), report.riskGroup(), pathways, scores(report.risk()), report.notice());
    }

    private static List<Score> scores(GuidanceReport.Risk risk) {
        List<Score> scores = new ArrayList<>();
        if (risk == null) {
            return scores;
        }
        IpssrResult r = risk.ipssr();
        if (r != null && r.computable()) {
            scores.add(new Score("IPSS-R", null, r.score(), r.category(), r.missing()));
        }
        IpssmResult m = risk.ipssm();
        if (m != null && m.best() != null) {
            scores.add(ipssm("best", m.best(), m.missing()));
            scores.add(ipssm("mean", m.mean(), m.missing()));
            scores.add(ipssm("worst", m.worst(), m.missing()));
        }
        return scores;
    }

    private static Score ipssm(String scenario, IpssmResult.Scenario s, List<String> missing) {
        return new Score("IPSS-M", scenario, BigDecimal.valueOf(s.score()), s.category(), missing);
    }
}
