package org.recordpath.guidance.pack;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.recordpath.guidance.logic.Criterion;
import org.recordpath.guidance.logic.FactTest;

/** Reads and validates a pack file; a bad pack is refused with its file, line and reason. */
public final class PackReader {
    /** The question keys of pathways.md section 4; every pack defines all of them. */
    public static final List<String> QUESTION_KEYS = List.of(
            "Q-DIAG",
            "Q-RISK",
            "Q-HB",
            "Q-TX",
            "Q-CBC",
            "Q-BLASTS",
            "Q-KARYO",
            "Q-NGS",
            "Q-TP53",
            "Q-RS",
            "Q-EPO",
            "Q-ESA",
            "Q-LUSPA",
            "Q-LEN",
            "Q-HMA",
            "Q-IST",
            "Q-HCT",
            "Q-FERR",
            "Q-GERM",
            "Q-TRIAL");

    private static final Pattern ID = Pattern.compile("(lr|hr|all)-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP =
            Set.of("pack", "version", "disease", "contentBasis", "questions", "pathways");
    private static final Set<String> PATHWAY = Set.of(
            "id",
            "title",
            "riskGroup",
            "requires",
            "excludes",
            "options",
            "evidence",
            "fda",
            "citations",
            "questions",
            "notes");

    private PackReader() {}

    public static Pack read(InputStream in, String file) {
        YamlNode root = YamlTree.read(in, file);
        CriterionReader criteria = new CriterionReader(file);
        if (!root.isMap()) {
            throw criteria.error(root, "a pack must be a mapping with pack, version and pathways");
        }
        Map<String, YamlNode> m = root.map();
        keys(criteria, root, TOP);
        String name = text(criteria, root, "pack");
        String version = text(criteria, root, "version");
        Map<String, String> questions = questions(criteria, root);
        YamlNode list = m.get("pathways");
        if (list == null || !list.isList() || list.list().isEmpty()) {
            throw criteria.error(root, "'pathways' must be a non-empty list");
        }
        List<Pathway> pathways = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode p : list.list()) {
            Pathway pathway = pathway(criteria, p, questions);
            if (!ids.add(pathway.id())) {
                throw criteria.error(p, "duplicate pathway id '" + pathway.id() + "'");
            }
            pathways.add(pathway);
        }
        return new Pack(
                name,
                version,
                text(criteria, root, "disease"),
                text(criteria, root, "contentBasis"),
                file,
                questions,
                pathways);
    }

    private static Map<String, String> questions(CriterionReader c, YamlNode root) {
        YamlNode q = root.map().get("questions");
        if (q == null || !q.isMap()) {
            throw c.error(root, "'questions' must map question keys to plain-language text");
        }
        Map<String, String> out = new LinkedHashMap<>();
        q.map().forEach((k, v) -> out.put(k, text(c, q, k)));
        for (String key : QUESTION_KEYS) {
            if (!out.containsKey(key)) {
                throw c.error(q, "question '" + key + "' is missing (pathways.md section 4)");
            }
        }
        return out;
    }

    private static Pathway pathway(CriterionReader c, YamlNode n, Map<String, String> questions) {
        if (!n.isMap()) {
            throw c.error(n, "a pathway must be a mapping");
        }
        keys(c, n, PATHWAY);
        String id = text(c, n, "id");
        if (!ID.matcher(id).matches()) {
            throw c.error(n.map().get("id"), "pathway id '" + id + "' must look like lr-..., hr-... or all-...");
        }
        String risk = text(c, n, "riskGroup");
        String expected = id.startsWith("lr-") ? "lower" : id.startsWith("hr-") ? "higher" : "any";
        if (!risk.equals(expected)) {
            throw c.error(n.map().get("riskGroup"), "pathway '" + id + "' must have riskGroup " + expected);
        }
        YamlNode req = n.map().get("requires");
        if (req == null && !risk.equals("any")) {
            throw c.error(n, "pathway '" + id + "' needs 'requires'");
        }
        Criterion requires = req == null ? new Criterion.All(List.of()) : c.read(req);
        if (!risk.equals("any") && !testsRiskGroup(requires, risk)) {
            throw c.error(req, "pathway '" + id + "' must require $riskGroup == " + risk);
        }
        Criterion excludes =
                n.map().containsKey("excludes") ? c.read(n.map().get("excludes")) : new Criterion.Any(List.of());
        List<String> qs = strings(c, n, "questions");
        for (String q : qs) {
            if (!questions.containsKey(q)) {
                throw c.error(n.map().get("questions"), "pathway '" + id + "' names undefined question '" + q + "'");
            }
        }
        return new Pathway(
                id,
                text(c, n, "title"),
                risk,
                requires,
                excludes,
                PathwayParts.options(c, n),
                text(c, n, "evidence"),
                text(c, n, "fda"),
                strings(c, n, "citations"),
                qs,
                PathwayParts.notes(c, n),
                n.line());
    }

    private static boolean testsRiskGroup(Criterion requires, String group) {
        return requires.atoms().stream()
                .anyMatch(a -> a instanceof FactTest t
                        && t.path().equals("$riskGroup")
                        && t.value().equals(group));
    }

    private static List<String> strings(CriterionReader c, YamlNode n, String key) {
        YamlNode v = n.map().get(key);
        if (v == null || !v.isList()) {
            throw c.error(v == null ? n : v, "'" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode x : v.list()) {
            if (!(x.value() instanceof String s)) {
                throw c.error(x, "'" + key + "' entries must be text");
            }
            out.add(s);
        }
        return out;
    }

    static void keys(CriterionReader c, YamlNode n, Set<String> allowed) {
        if (!n.isMap()) {
            throw c.error(n, "expected a mapping");
        }
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw c.error(e.getValue(), "unexpected key '" + e.getKey() + "'; allowed: " + allowed);
            }
        }
    }

    static String text(CriterionReader c, YamlNode n, String key) {
        YamlNode v = n.map().get(key);
        if (v == null || !(v.value() instanceof String s) || s.isBlank()) {
            throw c.error(
                    v == null ? n : v,
                    "'" + key + "' needs a text value"
                            + (v != null && v.value() != null ? " (quote it: \"" + v.value() + "\")" : ""));
        }
        return s;
    }
}
