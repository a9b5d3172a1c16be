package org.recordpath.guidance.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.recordpath.guidance.facts.DerivedCatalog;
import org.recordpath.guidance.facts.FactCatalog;
import org.recordpath.guidance.facts.FactSpec;
import org.recordpath.guidance.logic.Criterion;
import org.recordpath.guidance.logic.DerivedTest;
import org.recordpath.guidance.logic.FactTest;
import org.recordpath.guidance.logic.Operator;

/** Turns YAML criterion nodes into {@link Criterion} trees, checking every fact, operator, unit and value. */
final class CriterionReader {
    private static final Pattern CODON = Pattern.compile("[A-Z]\\d+");
    private static final Pattern GENE = Pattern.compile("[A-Z0-9]+");
    private final String file;

    CriterionReader(String file) {
        this.file = file;
    }

    Criterion read(YamlNode n) {
        if (!n.isMap()) {
            throw error(n, "a criterion must be a mapping (all, any, not, fact or derived)");
        }
        Map<String, YamlNode> m = n.map();
        if (m.containsKey("all") || m.containsKey("any")) {
            String key = m.containsKey("all") ? "all" : "any";
            only(n, Set.of(key));
            YamlNode list = m.get(key);
            if (list == null || !list.isList() || list.list().isEmpty()) {
                throw error(n, "'" + key + "' needs a non-empty list of criteria");
            }
            List<Criterion> children = new ArrayList<>();
            list.list().forEach(c -> children.add(read(c)));
            return key.equals("all") ? new Criterion.All(children) : new Criterion.Any(children);
        }
        if (m.containsKey("not")) {
            only(n, Set.of("not"));
            return new Criterion.Not(read(m.get("not")));
        }
        if (m.containsKey("fact")) {
            return fact(n, m);
        }
        if (m.containsKey("derived")) {
            return derived(n, m);
        }
        throw error(n, "unknown criterion; expected one of all, any, not, fact, derived but found " + m.keySet());
    }

    private FactTest fact(YamlNode n, Map<String, YamlNode> m) {
        only(n, Set.of("fact", "op", "value", "unit"));
        String path = text(m.get("fact"), n, "fact");
        FactSpec spec = FactCatalog.spec(path)
                .orElseThrow(() -> error(m.get("fact"), "unknown fact '" + path + "'; known: " + FactCatalog.paths()));
        String opText = text(m.get("op"), n, "op");
        Operator op = Operator.bySymbol(opText)
                .orElseThrow(() -> error(m.get("op"), "unknown operator '" + opText + "'; use <, <=, >, >=, ==, !="));
        YamlNode value = m.get("value");
        if (value == null || value.value() == null) {
            throw error(n, "fact '" + path + "' needs a value");
        }
        Object v = value.value();
        switch (spec.kind()) {
            case NUMBER: {
                if (!(v instanceof BigDecimal)) {
                    throw error(value, "fact '" + path + "' is a number; got '" + v + "'");
                }
                YamlNode unit = m.get("unit");
                String u = unit == null ? null : String.valueOf(unit.value());
                if (!spec.unit().equals(u)) {
                    throw error(
                            unit == null ? n : unit,
                            "fact '" + path + "' is in " + spec.unit() + "; the" + " criterion must say unit: "
                                    + spec.unit() + (u == null ? "" : " (not " + u + ")"));
                }
                return new FactTest(path, op, v, spec.unit(), n.line());
            }
            case FLAG:
                if (!(v instanceof Boolean) || op.isOrdering()) {
                    throw error(value, "fact '" + path + "' is yes/no: use == or != with true or false");
                }
                noUnit(n, m, path);
                return new FactTest(path, op, v, null, n.line());
            default:
                if (!(v instanceof String s) || !spec.values().contains(s) || op.isOrdering()) {
                    throw error(value, "fact '" + path + "' takes == or != with one of " + spec.values());
                }
                noUnit(n, m, path);
                return new FactTest(path, op, v, null, n.line());
        }
    }

    private DerivedTest derived(YamlNode n, Map<String, YamlNode> m) {
        only(n, Set.of("derived", "gene", "hotspots", "is"));
        String name = text(m.get("derived"), n, "derived");
        if (!DerivedCatalog.names().contains(name)) {
            throw error(m.get("derived"), "unknown derived predicate '" + name + "'; known: " + DerivedCatalog.names());
        }
        String gene = null;
        List<String> hotspots = new ArrayList<>();
        if (DerivedCatalog.takesGene(name)) {
            gene = text(m.get("gene"), n, "gene");
            if (!GENE.matcher(gene).matches()) {
                throw error(m.get("gene"), "gene must be an HGNC symbol in upper case, got '" + gene + "'");
            }
            YamlNode hs = m.get("hotspots");
            if (hs != null) {
                if (!hs.isList()) {
                    throw error(hs, "hotspots must be a list of codons such as R132");
                }
                for (YamlNode h : hs.list()) {
                    String codon = String.valueOf(h.value());
                    if (!CODON.matcher(codon).matches()) {
                        throw error(h, "hotspot '" + codon + "' is not a codon such as R132");
                    }
                    hotspots.add(codon);
                }
            }
        } else if (m.containsKey("gene") || m.containsKey("hotspots")) {
            throw error(n, "'" + name + "' takes no gene or hotspots");
        }
        boolean expected = true;
        if (m.containsKey("is")) {
            if (!(m.get("is").value() instanceof Boolean b)) {
                throw error(m.get("is"), "'is' must be true or false");
            }
            expected = b;
        }
        return new DerivedTest(name, gene, hotspots, expected, n.line());
    }

    private void noUnit(YamlNode n, Map<String, YamlNode> m, String path) {
        if (m.containsKey("unit")) {
            throw error(m.get("unit"), "fact '" + path + "' has no unit");
        }
    }

    private void only(YamlNode n, Set<String> allowed) {
        for (String k : n.map().keySet()) {
            if (!allowed.contains(k)) {
                throw error(n.map().get(k), "unexpected key '" + k + "' here; allowed: " + allowed);
            }
        }
    }

    private String text(YamlNode v, YamlNode parent, String key) {
        if (v == null || !(v.value() instanceof String s) || s.isBlank()) {
            throw error(v == null ? parent : v, "'" + key + "' needs a text value");
        }
        return s;
    }

    PackException error(YamlNode at, String reason) {
        return new PackException(file, at.line(), at.column(), reason);
    }
}
