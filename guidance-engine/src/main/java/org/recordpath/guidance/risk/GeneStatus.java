package org.recordpath.guidance.risk;

import java.util.List;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Mutation;

/**
 * What the profile says about one gene (risk-scores.md section 2.8, pathways.md section 2.6): driver variants
 * (pathogenic / likely pathogenic) count; a VUS or benign call means the gene was tested without a driver; a gene in
 * neither list was not tested.
 */
public final class GeneStatus {
    private GeneStatus() {}

    /** Driver (pathogenic or likely pathogenic) variants of the gene; U2AF1L5 counts as U2AF1. */
    public static List<Mutation> drivers(ClinicalProfile p, String gene) {
        return p.mutations().stream()
                .filter(m -> sameGene(m.gene(), gene) && m.classification().isDriver())
                .toList();
    }

    /** True when the gene is listed as tested negative or only non-driver calls exist. */
    public static boolean testedWithoutDriver(ClinicalProfile p, String gene) {
        if (!drivers(p, gene).isEmpty()) {
            return false;
        }
        boolean negative = p.negativeGenes().stream().anyMatch(g -> sameGene(g, gene));
        boolean nonDriverCall = p.mutations().stream()
                .anyMatch(m -> sameGene(m.gene(), gene)
                        && !m.classification().isDriver()
                        && m.classification() != org.recordpath.model.profile.Classification.UNKNOWN);
        return negative || nonDriverCall;
    }

    /** 1 mutated, 0 tested without driver, null not tested. */
    public static Integer bit(ClinicalProfile p, String gene) {
        if (!drivers(p, gene).isEmpty()) {
            return 1;
        }
        return testedWithoutDriver(p, gene) ? 0 : null;
    }

    /** Case-insensitive gene comparison that knows the aliases U2AF1L5 (= U2AF1) and MLL (= KMT2A). */
    static boolean sameGene(String a, String b) {
        return alias(a.trim()).equalsIgnoreCase(alias(b.trim()));
    }

    private static String alias(String gene) {
        if (gene.equalsIgnoreCase("U2AF1L5")) {
            return "U2AF1";
        }
        return gene.equalsIgnoreCase("MLL") ? "KMT2A" : gene;
    }
}
