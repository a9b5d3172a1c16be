package org.recordpath.fhir.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.GuidanceReport;

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

    /** The stable parts of the report: pathways, guideline and risk group (scores are not in the report yet). */
    public static GuidanceSummary from(GuidanceReport report) {
        List<Pathway> pathways = report.pathways().stream()
                .map(p -> new Pathway(p.id(), p.status(), p.why(), p.missing()))
                .toList();
        GuidanceReport.Guideline g = report.guideline();
        return new GuidanceSummary(
                g == null ? null : g.pack(),
                g == null ? null : g.version(),
                report.riskGroup(),
                pathways,
                List.of(),
                report.notice());
    }
}
