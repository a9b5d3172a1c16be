package org.recordpath.model.profile;

import java.util.Map;
import org.recordpath.model.fact.Provenance;

/**
 * Clinical statements. {@code transplantCandidate} comes only from an explicit clinician statement and is never
 * inferred; every other component is null when the records are silent.
 *
 * @param marrowCellularityPct latest marrow cellularity in percent
 * @param hypocellular latest marrow cellularity at most 25 %, or stated hypocellular
 * @param fibrosisGrade reticulin fibrosis grade (MF-0..3) when stated
 * @param symptomaticAnemia a clinician's explicit statement only
 * @param pregnant a stated current pregnancy (true), a stated negative test or non-pregnancy (false), else null
 * @param childbearingPotential stated childbearing potential (lenalidomide's pregnancy-prevention programme)
 * @param provenance source of each stated component, keyed by component name
 */
public record Clinical(
        Integer ecog,
        Boolean transplantCandidate,
        String donor,
        Boolean hypocellular,
        Integer marrowCellularityPct,
        Integer fibrosisGrade,
        Boolean pnhClone,
        Boolean hlaDr15,
        Boolean symptomaticAnemia,
        Boolean bleeding,
        Boolean recurrentInfections,
        Boolean pregnant,
        Boolean childbearingPotential,
        Map<String, Provenance> provenance) {
    public Clinical {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The statements without pregnancy and childbearing potential (both unknown). */
    public Clinical(
            Integer ecog,
            Boolean transplantCandidate,
            String donor,
            Boolean hypocellular,
            Integer marrowCellularityPct,
            Integer fibrosisGrade,
            Boolean pnhClone,
            Boolean hlaDr15,
            Boolean symptomaticAnemia,
            Boolean bleeding,
            Boolean recurrentInfections,
            Map<String, Provenance> provenance) {
        this(
                ecog,
                transplantCandidate,
                donor,
                hypocellular,
                marrowCellularityPct,
                fibrosisGrade,
                pnhClone,
                hlaDr15,
                symptomaticAnemia,
                bleeding,
                recurrentInfections,
                null,
                null,
                provenance);
    }

    public static Clinical unknown() {
        return new Clinical(null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
    }
}
