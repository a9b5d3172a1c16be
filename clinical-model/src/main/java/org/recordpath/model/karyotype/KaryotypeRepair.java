package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs OCR damage in an ISCN string where the fix is unambiguous, recording each repair: spaces, braces for
 * parentheses, the letter O inside a number, l/I where a chromosome number must stand, "de1(" for "del(", and a
 * missing final ']'. Anything else (S/5, B/8, lost commas...) is left alone so that parsing rejects it.
 */
public final class KaryotypeRepair {
    private static final Pattern LETTER_O_IN_NUMBER = Pattern.compile("(?<=\\d)[Oo]|[Oo](?=\\d)");
    private static final Pattern CHROMOSOME_POSITION =
            Pattern.compile("(?<=[,(;][+-]?|^)([0-9lI]{1,2})(?=[,;)/\\[~<]|c[,/\\[]|$)");
    private static final Pattern OPEN_COUNT = Pattern.compile("\\[(cp)?\\d+$");
    private static final Pattern DEL_WITH_ONE = Pattern.compile("(?i)de[1I|](?=\\()");

    /** The text after repair and what was changed; {@code repairs} is empty when nothing was. */
    public record Repaired(String original, String text, List<String> repairs) {
        public Repaired {
            Objects.requireNonNull(text, "text");
            repairs = List.copyOf(repairs);
        }
    }

    private KaryotypeRepair() {}

    public static Repaired repair(String original) {
        if (original == null) {
            return new Repaired(null, "", List.of());
        }
        List<String> repairs = new ArrayList<>();
        String text = original.strip();
        String compact = text.replaceAll("\\s+", "");
        if (!compact.equals(text)) {
            repairs.add("removed spaces inside the string");
            text = compact;
        }
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            repairs.add("read '{' '}' as '(' ')'");
            text = text.replace('{', '(').replace('}', ')');
        }
        text = replaceAll(text, LETTER_O_IN_NUMBER, m -> "0", "letter O inside a number read as 0", repairs);
        text = replaceAll(text, DEL_WITH_ONE, m -> "del", "'de1(' read as 'del('", repairs);
        text = replaceAll(
                text,
                CHROMOSOME_POSITION,
                KaryotypeRepair::chromosomeNumber,
                "l/I in a chromosome number read as 1",
                repairs);
        if (OPEN_COUNT.matcher(text).find()) {
            repairs.add("added the missing ']' at the end");
            text = text + "]";
        }
        return new Repaired(original, text, repairs);
    }

    /** Rewrites l and I as 1 when that gives a chromosome number 1-22 (or a modal number); else keeps the text. */
    private static String chromosomeNumber(Matcher m) {
        String token = m.group(1);
        if (token.chars().allMatch(Character::isDigit)) {
            return token;
        }
        String digits = token.replace('l', '1').replace('I', '1');
        boolean modal = m.start() == 0;
        int number = Integer.parseInt(digits);
        return modal || number >= 1 && number <= 22 ? digits : token;
    }

    private static String replaceAll(
            String text,
            Pattern pattern,
            java.util.function.Function<Matcher, String> replacement,
            String description,
            List<String> repairs) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int changes = 0;
        while (m.find()) {
            String replaced = replacement.apply(m);
            if (!replaced.equals(m.group())) {
                changes++;
                repairs.add(description + " at position " + (m.start() + 1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return changes == 0 ? text : out.toString();
    }
}
