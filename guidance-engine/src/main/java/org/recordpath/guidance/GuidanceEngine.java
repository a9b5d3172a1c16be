package org.recordpath.guidance;

import java.util.List;
import org.recordpath.model.profile.ClinicalProfile;

/** Evaluates a profile: risk, classification, pathways. Thread-safe. */
public final class GuidanceEngine {
    public static final String NOTICE =
            "RecordPath gives information grounded in published guidelines; it is not medical advice.";

    public static GuidanceEngine withDefaultPack() {
        return new GuidanceEngine();
    }

    public GuidanceReport evaluate(ClinicalProfile profile) {
        return new GuidanceReport(
                "unknown", List.of(), List.of(), new GuidanceReport.Guideline("NCCN MDS", "2026.1"), NOTICE);
    }
}
