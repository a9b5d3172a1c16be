package org.recordpath.extraction.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Mutation;

/**
 * Variants across documents: one entry per gene and protein change (else cDNA change, else structural call), the
 * fields merged from every mention; negative genes are the affirmed negatives minus any gene with a variant.
 */
final class MutationReconciler {
    private MutationReconciler() {}

    static List<Mutation> mutations(List<Fact> facts) {
        Map<String, Mutation> merged = new LinkedHashMap<>();
        List<Mutation> all = FactOrder.affirmed(facts, Fields.MUTATION).stream()
                .map(f -> ((FactValue.Variant) f.value()).mutation())
                .sorted((a, b) -> Boolean.compare(a.hgvsP() == null, b.hgvsP() == null))
                .toList();
        for (Mutation m : all) {
            String key = keyOf(m, merged);
            merged.merge(key, m, MutationReconciler::merge);
        }
        return new ArrayList<>(merged.values());
    }

    static TreeMap<String, Provenance> negatives(List<Fact> facts, List<Mutation> mutations) {
        TreeMap<String, Provenance> out = new TreeMap<>();
        for (Fact f : FactOrder.affirmed(facts, Fields.NEGATIVE_GENE)) {
            String gene = ((FactValue.Text) f.value()).value();
            if (mutations.stream().noneMatch(m -> m.gene().equals(gene))) {
                out.putIfAbsent(gene, f.provenance());
            }
        }
        return out;
    }

    private static String keyOf(Mutation m, Map<String, Mutation> merged) {
        if (m.hgvsP() != null) {
            return m.gene() + " " + m.hgvsP();
        }
        for (Map.Entry<String, Mutation> e : merged.entrySet()) {
            Mutation o = e.getValue();
            boolean sameC = m.hgvsC() != null && m.hgvsC().equals(o.hgvsC());
            boolean geneOnly = m.hgvsC() == null && m.variantType() == null && Objects.equals(o.variantType(), null);
            if (o.gene().equals(m.gene()) && (sameC || geneOnly)) {
                return e.getKey();
            }
        }
        return m.gene() + " " + Objects.requireNonNullElse(m.hgvsC(), Objects.requireNonNullElse(m.variantType(), ""));
    }

    private static Mutation merge(Mutation a, Mutation b) {
        return new Mutation(
                a.gene(),
                a.hgvsC() != null ? a.hgvsC() : b.hgvsC(),
                a.hgvsP() != null ? a.hgvsP() : b.hgvsP(),
                a.variantType() != null ? a.variantType() : b.variantType(),
                preciser(a.vafPct(), b.vafPct()),
                classification(a.classification(), b.classification()),
                a.germline() != null ? a.germline() : b.germline(),
                a.vafPct() != null && a.vafPct().equals(preciser(a.vafPct(), b.vafPct()))
                        ? a.provenance()
                        : b.provenance());
    }

    private static BigDecimal preciser(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        return b.scale() > a.scale() ? b : a;
    }

    private static Classification classification(Classification a, Classification b) {
        if (a == Classification.UNKNOWN) {
            return b;
        }
        if (b == Classification.UNKNOWN || a == b) {
            return a;
        }
        return a.ordinal() < b.ordinal() ? a : b;
    }
}
