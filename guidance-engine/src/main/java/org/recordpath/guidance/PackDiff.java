package org.recordpath.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Re-evaluates profiles under an old and a new pack and lists exactly the profiles whose pathway statuses change,
 * with the reason (for {@code recordpath rediff OLD NEW PROFILE.json...} and stored patients).
 */
public final class PackDiff {
    private PackDiff() {}

    /**
     * @param profiles profiles by a label the caller chooses (file name, patient id), in the order to report
     */
    public static Result compare(Pack oldPack, Pack newPack, Map<String, ClinicalProfile> profiles) {
        GuidanceEngine before = GuidanceEngine.withPack(oldPack);
        GuidanceEngine after = GuidanceEngine.withPack(newPack);
        List<ProfileChange> changed = new ArrayList<>();
        for (Map.Entry<String, ClinicalProfile> e : profiles.entrySet()) {
            List<PathwayChange> changes =
                    changes(before.evaluate(e.getValue()), after.evaluate(e.getValue()), newPack.version());
            if (!changes.isEmpty()) {
                changed.add(new ProfileChange(e.getKey(), changes));
            }
        }
        return new Result(
                new GuidanceReport.Guideline(oldPack.name(), oldPack.version(), oldPack.contentBasis()),
                new GuidanceReport.Guideline(newPack.name(), newPack.version(), newPack.contentBasis()),
                changed,
                profiles.size() - changed.size());
    }

    static List<PathwayChange> changes(GuidanceReport old, GuidanceReport now, String newVersion) {
        Map<String, PathwayOutcome> a = byId(old.pathways());
        Map<String, PathwayOutcome> b = byId(now.pathways());
        Set<String> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<PathwayChange> out = new ArrayList<>();
        for (String id : ids) {
            PathwayOutcome x = a.get(id);
            PathwayOutcome y = b.get(id);
            Status sx = x == null ? null : x.status();
            Status sy = y == null ? null : y.status();
            if (sx == sy) {
                continue;
            }
            String reason = y == null
                    ? "pathway removed in version " + newVersion
                    : (x == null ? "new pathway in version " + newVersion + ": " : "") + y.why();
            out.add(new PathwayChange(id, sx, sy, reason));
        }
        return out;
    }

    private static Map<String, PathwayOutcome> byId(List<PathwayOutcome> list) {
        Map<String, PathwayOutcome> m = new LinkedHashMap<>();
        list.forEach(o -> m.put(o.id(), o));
        return m;
    }

    /** The profiles whose pathways change between two packs; {@code unchanged} counts the others. */
    public record Result(
            GuidanceReport.Guideline from, GuidanceReport.Guideline to, List<ProfileChange> changed, int unchanged) {
        public Result {
            changed = List.copyOf(changed);
        }
    }

    public record ProfileChange(String profile, List<PathwayChange> changes) {
        public ProfileChange {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One pathway whose status differs.
     *
     * @param before null when the pathway is new
     * @param after null when the pathway was removed
     * @param reason why it has its new status, from the new evaluation
     */
    public record PathwayChange(String pathway, Status before, Status after, String reason) {}
}
