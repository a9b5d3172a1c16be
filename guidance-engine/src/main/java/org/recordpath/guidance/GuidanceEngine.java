package org.recordpath.guidance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.boundary.BoundaryCheck;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.Packs;
import org.recordpath.model.profile.ClinicalProfile;

/** Evaluates a profile: risk, classification, pathways of one pack. Thread-safe; create once and reuse. */
public final class GuidanceEngine {
    public static final String NOTICE = "RecordPath gives information grounded in published guidelines; it is not"
            + " medical advice. Choosing between options is your clinician's decision.";

    private static final class DefaultPack {
        static final Pack PACK = Packs.bundled(Packs.DEFAULT);
    }

    private final Pack pack;

    private GuidanceEngine(Pack pack) {
        this.pack = pack;
    }

    /** The engine with the current bundled pack (NCCN MDS 2026.1), loaded and validated once. */
    public static GuidanceEngine withDefaultPack() {
        return new GuidanceEngine(DefaultPack.PACK);
    }

    /** An engine for a pack file on disk; throws {@link org.recordpath.guidance.pack.PackException} if invalid. */
    public static GuidanceEngine withPack(Path file) {
        return new GuidanceEngine(Packs.load(file));
    }

    /** An engine for a bundled pack by file name (see {@link #bundledPacks()}). */
    public static GuidanceEngine withBundledPack(String fileName) {
        return new GuidanceEngine(Packs.bundled(fileName));
    }

    /** An engine for an already loaded pack. */
    public static GuidanceEngine withPack(Pack pack) {
        return new GuidanceEngine(pack);
    }

    /** File names of the bundled packs, oldest first. */
    public static List<String> bundledPacks() {
        return Packs.bundled();
    }

    public Pack pack() {
        return pack;
    }

    /**
     * Evaluates a profile from any source. Labs go to canonical units; the boundary checks every value (range, review,
     * karyotype, drug names); same-date conflicts are evaluated under each candidate (#10).
     */
    public GuidanceReport evaluate(ClinicalProfile original) {
        CanonicalUnits.Result canonical = CanonicalUnits.apply(original);
        BoundaryCheck.Checked checked = BoundaryCheck.check(canonical.profile());
        java.util.Map<String, String> withheld = new java.util.LinkedHashMap<>(canonical.withheld());
        withheld.putAll(checked.withheld());
        SameDateConflicts conflicts = SameDateConflicts.of(checked.profile(), withheld);
        List<String> flags = new ArrayList<>(canonical.warnings());
        flags.addAll(checked.flags());
        flags.addAll(conflicts.flags());
        GuidanceReport base = Evaluation.run(pack, conflicts.base(), conflicts.withheld(), flags);
        List<GuidanceReport> variants = new ArrayList<>();
        for (ClinicalProfile v : conflicts.variants()) {
            variants.add(Evaluation.run(pack, v, conflicts.withheld(), List.of()));
        }
        return ConflictMerge.merge(base, variants, conflicts);
    }
}
