package org.recordpath.model.karyotype;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.CytoRange;

/**
 * Free text written instead of a karyotype (#14): what it states, never a guess. "normal" is Good; "complex" is
 * Poor–Very Poor (3 or more abnormalities, risk-scores.md section 1.1) and "more than 3 abnormalities" Very Poor;
 * a failed culture or anything else is no karyotype (rejected with the reason).
 */
final class FreeTextKaryotype {
    private static final Pattern FAILED = Pattern.compile(
            "fail|no (?:analy[sz]able )?metaphase|no mitos|no growth|insufficient|inadequate|unsuccessful|not evaluable"
                    + "|no result|not done");
    private static final Pattern NOT_COMPLEX = Pattern.compile("non-?\\s?complex|not complex|no complex");
    private static final Pattern MORE_THAN_THREE = Pattern.compile(
            "(?:>\\s*3|more than (?:3|three)|(?:≥|>=)\\s*4|(?:4|four) or more|at least (?:4|four))\\s*(?:clonal )?"
                    + "(?:abnormalities|aberrations|anomalies|changes)?");
    private static final Pattern THREE_OR_MORE =
            Pattern.compile("(?:(?:≥|>=)\\s*3|(?:3|three) or more|at least (?:3|three))\\s*(?:clonal )?"
                    + "(?:abnormalities|aberrations|anomalies|changes)");
    private static final Pattern NORMAL_WORDS =
            Pattern.compile("(?:(?:normal|male|female|karyotype|cytogenetics|diploid|result|:)\\s*)+");

    private FreeTextKaryotype() {}

    /** Whether {@code text} is words rather than ISCN: it does not start with a number, '<' or sex chromosomes. */
    static boolean isFreeText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && !Character.isDigit(t.charAt(0)) && t.charAt(0) != '<' && !t.matches("[xy]{1,8}c?,.*");
    }

    /** The karyotype the text states, or a rejection with the reason. */
    static KaryotypeParse read(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.]+$", "").replaceAll("\\s+", " ");
        if (FAILED.matcher(t).find()) {
            return new KaryotypeParse.Rejected(
                    text,
                    "no karyotype result ('" + text.strip() + "'): culture failed or"
                            + " no metaphases; the cytogenetic category is unknown");
        }
        boolean notComplex = NOT_COMPLEX.matcher(t).find();
        if (!notComplex && MORE_THAN_THREE.matcher(t).find() && (t.contains("complex") || t.contains("abnorm"))) {
            return stated(text, CytoRange.of(CytoCategory.VERY_POOR), true, "more than 3 abnormalities");
        }
        if (!notComplex && (t.contains("complex") || THREE_OR_MORE.matcher(t).find())) {
            return stated(text, new CytoRange(CytoCategory.POOR, CytoCategory.VERY_POOR), true, "complex (3 or more)");
        }
        if (t.contains("normal") && NORMAL_WORDS.matcher(t).matches()) {
            return stated(text, CytoRange.of(CytoCategory.GOOD), false, "normal");
        }
        return new KaryotypeParse.Rejected(
                text,
                "free text, not an ISCN karyotype ('" + text.strip() + "'): it must"
                        + " start with the chromosome number; the category is not guessed");
    }

    private static KaryotypeParse stated(String text, CytoRange range, boolean complex, String what) {
        KaryotypeFlags flags = new KaryotypeFlags(false, false, false, complex, false, false, false, false);
        String repair = RepairRule.FREE_TEXT.applied("'" + text.strip() + "' read as " + what + ": " + range);
        Karyotype stated = new Karyotype(
                text,
                List.of(),
                List.of(),
                List.of(),
                0,
                List.of(),
                range,
                false,
                flags,
                List.of("stated in words, not a karyotype: which abnormalities (del(5q), -7, 17p...) is unknown"),
                List.of(),
                List.of(repair));
        return new KaryotypeParse.Parsed(stated);
    }
}
