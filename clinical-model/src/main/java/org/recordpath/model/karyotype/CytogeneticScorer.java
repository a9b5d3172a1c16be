package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.CytoRange;

/** Clonality, lineages, N and n(L), the IPSS-R category and the flags (risk-scores.md sections 3.2 to 3.6). */
final class CytogeneticScorer {
    /** A clone written without a cell count is a clone: its abnormalities are clonal (section 3.2, #14). */
    private static final int UNCOUNTED = 1_000_000;

    private final List<Clone> clones;
    private final List<String> review;

    private CytogeneticScorer(List<Clone> clones, List<String> review) {
        this.clones = clones;
        this.review = review;
    }

    static Karyotype score(String iscn, KaryotypeParser.Result parsed) {
        List<String> review = new ArrayList<>(parsed.review());
        return new CytogeneticScorer(parsed.clones(), review).karyotype(iscn, parsed.warnings());
    }

    private Karyotype karyotype(String iscn, List<String> warnings) {
        Map<String, Abnormality> distinct = new LinkedHashMap<>();
        Map<String, Integer> cells = new LinkedHashMap<>();
        Set<String> composite = new LinkedHashSet<>();
        for (Clone clone : clones) {
            Set<String> seen = new LinkedHashSet<>();
            for (Abnormality a : clone.abnormalities()) {
                noteUnscored(a);
                if (!a.scored()) {
                    continue;
                }
                if (!seen.add(a.text())) {
                    addReview("repeated abnormality counted once: " + a.text());
                    continue;
                }
                distinct.putIfAbsent(a.text(), a);
                cells.merge(a.text(), clone.cells() == null ? UNCOUNTED : clone.cells(), Integer::sum);
                if (clone.composite()) {
                    composite.add(a.text());
                }
            }
            if (clone.incomplete()) {
                addReview("incomplete karyotype (inc): the abnormality count is a lower bound");
            }
        }
        List<Abnormality> clonal = new ArrayList<>();
        List<Abnormality> nonClonal = new ArrayList<>();
        for (Abnormality a : distinct.values()) {
            int needed = a.kind() == Abnormality.Kind.LOSS ? 3 : 2;
            boolean isClonal = composite.contains(a.text()) || cells.get(a.text()) >= needed;
            (isClonal ? clonal : nonClonal).add(a);
        }
        List<Lineage> lineages = lineages(clonal, Abnormality::weight);
        List<Lineage> most = lineages(clonal, Abnormality::maxWeight);
        int n = weight(clonal, Abnormality::weight);
        CytoRange range = CytoRange.spanning(
                category(clonal, lineages, n), category(clonal, most, weight(clonal, Abnormality::maxWeight)));
        boolean complex = lineages.stream().anyMatch(l -> l.count() >= 3);
        boolean complexUncertain = !complex && most.stream().anyMatch(l -> l.count() >= 3);
        KaryotypeFlags flags = flags(clonal, lineages, complex);
        for (Abnormality a : clonal) {
            if (CytogeneticRules.poor3q(a) && CytogeneticRules.unusual3qBreakpoint(a)) {
                addReview("3q breakpoint other than 3q21/3q26: " + a.text());
            }
        }
        if (lineages.size() > 1) {
            addReview("independent clones");
        }
        return new Karyotype(
                iscn,
                clones,
                clonal,
                nonClonal,
                n,
                lineages,
                range,
                complexUncertain,
                flags,
                review,
                warnings,
                List.of());
    }

    private void noteUnscored(Abnormality a) {
        if (a.heteromorphism()) {
            addReview("heteromorphism ignored: " + a.text());
        }
        if (a.kind() == Abnormality.Kind.MARKER && a.text().contains("~")) {
            addReview("marker range: N counted at its minimum, the category is the range of its minimum and maximum: "
                    + a.text());
        }
    }

    private void addReview(String note) {
        if (!review.contains(note)) {
            review.add(note);
        }
    }

    private List<Lineage> lineages(List<Abnormality> clonal, ToIntFunction<Abnormality> weigher) {
        Set<String> clonalTexts = new LinkedHashSet<>();
        clonal.forEach(a -> clonalTexts.add(a.text()));
        int[] root = new int[clones.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < clones.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (clones.get(i).derivedFrom() == j || sharesClonal(clones.get(i), clones.get(j), clonalTexts)) {
                    root[find(root, i)] = find(root, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < clones.size(); i++) {
            boolean abnormal = clones.get(i).abnormalities().stream().anyMatch(a -> clonalTexts.contains(a.text()));
            if (abnormal) {
                groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
            }
        }
        List<Lineage> lineages = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            Map<String, Abnormality> own = new LinkedHashMap<>();
            for (int index : members) {
                clones.get(index).abnormalities().stream()
                        .filter(a -> clonalTexts.contains(a.text()))
                        .forEach(a -> own.putIfAbsent(a.text(), a));
            }
            List<Abnormality> list = List.copyOf(own.values());
            lineages.add(new Lineage(members, list, weight(list, weigher)));
        }
        return lineages;
    }

    private static boolean sharesClonal(Clone a, Clone b, Set<String> clonal) {
        return a.abnormalities().stream()
                .anyMatch(x -> clonal.contains(x.text())
                        && b.abnormalities().stream().anyMatch(y -> y.text().equals(x.text())));
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static int weight(List<Abnormality> abnormalities, ToIntFunction<Abnormality> weigher) {
        return abnormalities.stream().mapToInt(weigher).sum();
    }

    /** The decision procedure of section 3.5. */
    private static CytoCategory category(List<Abnormality> clonal, List<Lineage> lineages, int n) {
        if (n == 0) {
            return CytoCategory.GOOD;
        }
        if (lineages.size() > 1) {
            if (lineages.stream().allMatch(l -> l.count() <= 2)) {
                return CytoCategory.INTERMEDIATE;
            }
            return n >= 4 ? CytoCategory.VERY_POOR : CytoCategory.POOR;
        }
        if (n >= 4) {
            return CytoCategory.VERY_POOR;
        }
        if (n == 3) {
            return CytoCategory.POOR;
        }
        if (n == 1 && clonal.size() == 1) {
            return single(clonal.get(0));
        }
        if (any(clonal, a -> CytogeneticRules.minus7(a) || CytogeneticRules.del7q(a))) {
            return CytoCategory.POOR;
        }
        return any(clonal, CytogeneticRules::del5q) ? CytoCategory.GOOD : CytoCategory.INTERMEDIATE;
    }

    private static CytoCategory single(Abnormality a) {
        if (CytogeneticRules.minusY(a) || a.isDeletion("11", 'q')) {
            return CytoCategory.VERY_GOOD;
        }
        if (CytogeneticRules.del5q(a) || a.isDeletion("12", 'p') || a.isDeletion("20", 'q')) {
            return CytoCategory.GOOD;
        }
        if (CytogeneticRules.minus7(a) || CytogeneticRules.poor3q(a)) {
            return CytoCategory.POOR;
        }
        return CytoCategory.INTERMEDIATE;
    }

    private static KaryotypeFlags flags(List<Abnormality> clonal, List<Lineage> lineages, boolean complex) {
        boolean isolated = lineages.stream()
                .anyMatch(l -> any(l.abnormalities(), CytogeneticRules::del5q)
                        && l.count() <= 2
                        && !any(l.abnormalities(), a -> CytogeneticRules.minus7(a) || CytogeneticRules.del7q(a)));
        return new KaryotypeFlags(
                any(clonal, CytogeneticRules::del5q),
                any(clonal, CytogeneticRules::minus7),
                any(clonal, CytogeneticRules::del7q),
                complex,
                isolated,
                any(clonal, CytogeneticRules::loses5q),
                any(clonal, CytogeneticRules::loses7q),
                any(clonal, CytogeneticRules::del17p));
    }

    private static boolean any(List<Abnormality> abnormalities, Predicate<Abnormality> test) {
        return abnormalities.stream().anyMatch(test);
    }
}
