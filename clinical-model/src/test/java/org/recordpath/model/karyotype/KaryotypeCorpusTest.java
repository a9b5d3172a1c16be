package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * #14: karyotypes as laboratories write them. Each row of {@code karyotypes/corpus.tsv} carries its expected flags,
 * abnormality count and IPSS-R category (or range), annotated by hand from risk-scores.md section 3 (see
 * make_corpus.py beside it), and the repairs expected, or REJECT with words of the reason.
 */
class KaryotypeCorpusTest {
    private static final Map<String, int[]> SUMMARY = new TreeMap<>();

    /** One corpus row. */
    record Row(
            String iscn,
            String sex,
            String del5q,
            String minus7,
            String del17p,
            String complex,
            String n,
            String category,
            String repairs,
            String kind,
            String note) {
        boolean refused() {
            return repairs.startsWith("REJECT");
        }

        @Override
        public String toString() {
            return kind + ": " + iscn + (sex == null ? "" : " (" + sex + ")");
        }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = KaryotypeCorpusTest.class.getResourceAsStream("/karyotypes/corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                String[] f = line.split("\t", -1);
                rows.add(new Row(
                        f[0], f[1].equals("-") ? null : f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]));
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsAsAnnotated(Row row) {
        KaryotypeSummary s = Karyotypes.summarizeRepairing(row.iscn(), row.sex());
        boolean repaired = !row.refused() && !row.repairs().equals("-");
        int[] tally = SUMMARY.computeIfAbsent(row.kind(), k -> new int[3]);
        tally[row.refused() ? 1 : repaired ? 0 : 2]++;

        if (row.refused()) {
            assertThat(s.error())
                    .as("refused")
                    .isNotNull()
                    .contains(row.repairs().substring("REJECT: ".length()));
            return;
        }
        assertThat(s.error()).as("error").isNull();
        assertThat(s.ipssrCategory()).as("category").isEqualTo(row.category().replace("..", "–"));
        assertThat(flag(s.del5q())).as("del5q").isEqualTo(row.del5q());
        assertThat(flag(s.minus7OrDel7q())).as("-7/del(7q)").isEqualTo(row.minus7());
        assertThat(flag(s.del17p())).as("del17p").isEqualTo(row.del17p());
        assertThat(flag(s.complex())).as("complex").isEqualTo(row.complex());
        assertThat(s.abnormalityCount() == null ? "?" : s.abnormalityCount().toString())
                .as("N")
                .isEqualTo(row.n());
        TreeSet<String> rules = new TreeSet<>();
        s.repairs().forEach(r -> rules.add(r.substring(0, r.indexOf(':'))));
        TreeSet<String> expected =
                new TreeSet<>(repaired ? Arrays.asList(row.repairs().split("\\+")) : List.of());
        assertThat(rules).as("repairs " + s.repairs()).isEqualTo(expected);
        assertThat(s.reviewFlags().stream().anyMatch(f -> f.startsWith("repaired")))
                .as("review flag")
                .isEqualTo(repaired);
    }

    @Test
    void everyClassHasARepairedAndARefusedString() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        rows().forEach(r -> counts.computeIfAbsent(r.kind(), k -> new int[2])[r.refused() ? 1 : 0] +=
                r.refused() || !r.repairs().equals("-") ? 1 : 0);
        counts.remove("well-formed");
        assertThat(counts).hasSizeGreaterThanOrEqualTo(14);
        counts.forEach((kind, c) ->
                assertThat(Arrays.stream(c).min().orElse(0)).as(kind).isPositive());
        assertThat(rows().count()).isGreaterThanOrEqualTo(300);
    }

    @AfterAll
    static void printSummary() {
        System.out.println("karyotype corpus (#14), per class: repaired / refused / as written");
        SUMMARY.forEach((kind, t) -> System.out.printf("  %-24s %3d / %3d / %3d%n", kind, t[0], t[1], t[2]));
    }

    private static String flag(Boolean value) {
        return value == null ? "?" : value ? "1" : "0";
    }
}
