package org.recordpath.guidance;

import java.util.List;

/** The {@code guidance} part of the contract (DESIGN.md). */
public record GuidanceReport(
        String riskGroup, List<PathwayResult> pathways, List<String> questions, Guideline guideline, String notice) {
    public GuidanceReport {
        pathways = List.copyOf(pathways);
        questions = List.copyOf(questions);
    }

    public record PathwayResult(String id, String status, String why, List<String> missing) {}

    public record Guideline(String pack, String version) {}
}
