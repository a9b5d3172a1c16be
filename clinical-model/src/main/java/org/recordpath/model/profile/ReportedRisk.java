package org.recordpath.model.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/**
 * A risk score as stated in a document, kept apart from the computed ones.
 *
 * @param system "IPSS", "IPSS-R", "IPSS-M", or "clinician" for a stated "lower-risk"/"higher-risk" MDS
 * @param score null when only a category is stated
 * @param category as stated, e.g. "Low", "Int-1", "Moderate High", "lower", "higher"
 */
public record ReportedRisk(String system, BigDecimal score, String category, LocalDate date, Provenance provenance) {
    public ReportedRisk {
        Objects.requireNonNull(system, "system");
    }
}
