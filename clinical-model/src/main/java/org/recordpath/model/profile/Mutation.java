package org.recordpath.model.profile;

import java.math.BigDecimal;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/**
 * One reported variant.
 *
 * @param gene HGNC symbol, upper case (U2AF1L5 is reported as U2AF1)
 * @param hgvsC coding change, e.g. "c.2098A>G", null when not given
 * @param hgvsP protein change in one-letter form, e.g. "p.K700E", null when not given
 * @param variantType structural call where there is one: "ITD", "TKD", "PTD", else null
 * @param vafPct variant allele frequency in percent, null when not given
 * @param germline true when the report says germline
 */
public record Mutation(
        String gene,
        String hgvsC,
        String hgvsP,
        String variantType,
        BigDecimal vafPct,
        Classification classification,
        Boolean germline,
        Provenance provenance) {
    public Mutation {
        Objects.requireNonNull(gene, "gene");
        Objects.requireNonNull(classification, "classification");
    }
}
