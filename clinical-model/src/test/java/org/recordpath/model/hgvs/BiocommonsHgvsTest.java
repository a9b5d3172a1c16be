package org.recordpath.model.hgvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Pass rates on the biocommons/hgvs test data (corpus/external/hgvs): the grammar rows that describe protein and
 * coding DNA changes, the gauntlet, ClinVar and the c./p. columns of the projection tables.
 */
class BiocommonsHgvsTest {
    private static final Path DATA = Path.of(System.getProperty("recordpath.corpus", "../../shared/corpus"))
            .resolve("external/hgvs/biocommons-hgvs");
    private static final Pattern THREE_LETTER = Pattern.compile(
            ".*(Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Asx|Glx|Xaa|Sec|Ter)"
                    + ".*");
    private static final Pattern VARIANT =
            Pattern.compile("[A-Z]{2}_\\d+(?:\\.\\d+)?(?:\\([A-Za-z0-9-]+\\))?:[cp]\\.[^\\s|;,]+");
    /** Grammar rules whose rows are whole changes or edits of a change, with how to make an expression of them. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("p_posedit", "p."),
            Map.entry("p_posedit_special", "p."),
            Map.entry("p_typed_posedit", ""),
            Map.entry("p_variant", ""),
            Map.entry("c_posedit", "c."),
            Map.entry("c_typed_posedit", ""),
            Map.entry("c_variant", ""));

    private static final Set<String> PROTEIN_EDITS = Set.of(
            "pro_subst",
            "pro_del",
            "pro_dup",
            "pro_ins",
            "pro_delins",
            "pro_fs",
            "pro_ext",
            "pro_edit",
            "pro_edit_mu",
            "pro_ident",
            "fs",
            "ext");
    private static final Set<String> DNA_EDITS = Set.of(
            "dna_subst",
            "dna_del",
            "dna_delins",
            "dna_dup",
            "dna_edit",
            "dna_edit_mu",
            "dna_ident",
            "dna_ins",
            "dna_inv",
            "dna_copy",
            "dna_con",
            "c_interval",
            "def_c_interval",
            "uncertain_c_interval");

    record Case(String rule, String expression, boolean valid) {}

    @Test
    void agreesWithTheGrammarTestRowsForProteinAndCodingChanges() throws IOException {
        List<Case> cases = grammarCases();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            boolean accepted = accepts(c.expression());
            if (accepted != c.valid()) {
                wrong.add(c.rule() + " " + c.expression() + " expected " + (c.valid() ? "valid" : "invalid"));
            }
        }
        long valid = cases.stream().filter(Case::valid).count();
        System.out.printf(
                "grammar_test: %d/%d expressions agree (%d valid, %d invalid); disagreements: %s%n",
                cases.size() - wrong.size(), cases.size(), valid, cases.size() - valid, wrong);
        assertThat(cases).hasSizeGreaterThan(150);
        assertThat(cases.size() - wrong.size())
                .as(String.join("\n", wrong))
                .isGreaterThanOrEqualTo(cases.size() * 95 / 100);
    }

    @Test
    void acceptsTheGauntletChangesAndNormalisesThemStably() throws IOException {
        List<String> expressions;
        try (Stream<String> lines = Files.lines(DATA.resolve("gauntlet"))) {
            expressions = lines.map(String::strip)
                    .filter(l -> !l.startsWith("#") && (l.contains(":c.") || l.contains(":p.")))
                    .toList();
        }
        List<String> rejected = expressions.stream().filter(e -> !accepts(e)).toList();
        System.out.printf(
                "gauntlet: %d/%d c./p. expressions accepted; rejected: %s%n",
                expressions.size() - rejected.size(), expressions.size(), rejected);
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(17);
        assertThat(rejected).isEmpty();
        for (String e : expressions) {
            String canonical = canonical(e);
            assertThat(canonical(canonical))
                    .as("canonical form of %s is a fixed point", e)
                    .isEqualTo(canonical);
        }
    }

    @Test
    void acceptsClinvarAndProjectionTableChanges() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve("clinvar.gz")));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> collect(line, expressions));
        }
        int clinvar = expressions.size();
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path tsv : files.filter(p -> p.toString().endsWith(".tsv") && !p.endsWith("grammar_test.tsv"))
                    .toList()) {
                Files.readAllLines(tsv).forEach(line -> collect(line, expressions));
            }
        }
        List<String> rejected = expressions.stream().filter(e -> !accepts(e)).toList();
        System.out.printf(
                "clinvar + tables: %d/%d accepted (%d from ClinVar); first rejected: %s%n",
                expressions.size() - rejected.size(), expressions.size(), clinvar, rejected);
        assertThat(clinvar).isGreaterThan(10_000);
        assertThat(rejected.size()).as(String.join("\n", rejected)).isLessThanOrEqualTo(expressions.size() / 500);
        assertThat(rejected)
                .as("only invalid HGVS is rejected: insertion at one position, dupN, a position without its base")
                .allMatch(e -> e.matches(".*c\\.[^_]*ins.*|.*dup\\d+.*|.*c\\.\\+.*"));
    }

    private static void collect(String line, List<String> into) {
        if (line.startsWith("#")) {
            return;
        }
        Matcher m = VARIANT.matcher(line);
        while (m.find()) {
            String e = m.group();
            into.add(e.replaceAll(":$", ""));
        }
    }

    private static boolean accepts(String expression) {
        String type = expression.contains(":") ? expression.substring(expression.indexOf(':') + 1) : expression;
        return type.startsWith("c.")
                ? Hgvs.coding(expression).value().isPresent()
                : Hgvs.protein(expression).value().isPresent();
    }

    private static String canonical(String expression) {
        String type = expression.contains(":") ? expression.substring(expression.indexOf(':') + 1) : expression;
        return type.startsWith("c.")
                ? Hgvs.coding(expression).value().orElseThrow().text()
                : Hgvs.protein(expression).value().orElseThrow().oneLetter();
    }

    private static List<Case> grammarCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DATA.resolve("grammar_test.tsv"))) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 4 || f[0].equals("Func")) {
                continue;
            }
            boolean valid = f[2].equalsIgnoreCase("true");
            List<String> inputs = switch (f[3]) {
                case "list" -> List.of(f[1].split("\\|", -1));
                case "one" -> List.of(f[1]);
                default -> List.of();
            };
            for (String input : inputs) {
                String expression = expression(f[0], input);
                if (expression != null) {
                    cases.add(new Case(f[0], expression, valid));
                }
            }
        }
        return cases;
    }

    private static String expression(String rule, String x) {
        if (RULES.containsKey(rule)) {
            return RULES.get(rule) + x;
        }
        boolean insertion = x.startsWith("ins") || x.startsWith("(ins");
        if (PROTEIN_EDITS.contains(rule)) {
            boolean three = THREE_LETTER.matcher(x).matches();
            String prefix = switch (rule) {
                case "fs" -> three ? "p.Gly10Trp" : "p.G10W";
                case "pro_ext", "ext" -> three ? "p.Ter110Gln" : "p.*110Q";
                default -> three ? "p.Gly10" : "p.G10";
            };
            if (rule.equals("ext") || rule.equals("pro_ext")) {
                prefix = rule.equals("pro_ext") ? (three ? "p.Ter110" : "p.*110") : prefix;
            }
            return prefix + (insertion ? (three ? "_Ala11" : "_A11") : "") + x;
        }
        if (DNA_EDITS.contains(rule)) {
            return rule.endsWith("interval") ? "c." + x + "del" : (insertion ? "c.10_11" : "c.10") + x;
        }
        return null;
    }
}
