package org.recordpath.intake.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engine text as a page shows it: unit codes as people write them ({@link DisplayUnits}) and field keys
 * ({@code clinical.transplantCandidate}) as words; in the model as {@code text}.
 */
final class PageText {
    static final PageText INSTANCE = new PageText();
    private static final Pattern FIELD_KEY = Pattern.compile(
            "\\b(?:labs|clinical|karyotype|diagnosis|transfusion|demographics|treatments?|mutations?|genetics)"
                    + "\\.[a-zA-Z0-9]+\\b");
    private static final Pattern LEADING_NEEDS = Pattern.compile("^\\s*needs:?\\s*");

    private PageText() {}

    /** The text with unit codes shown as people write them. */
    public String units(String text) {
        return DisplayUnits.text(text);
    }

    /** An option's condition: "needs: clinical.transplantCandidate not recorded" → "transplant candidate not recorded". */
    public String needs(String text) {
        if (text == null) {
            return null;
        }
        return words(LEADING_NEEDS.matcher(text).replaceFirst(""));
    }

    /** Field keys replaced by their words, units by their display form. */
    public String words(String text) {
        if (text == null) {
            return null;
        }
        Matcher keys = FIELD_KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (keys.find()) {
            keys.appendReplacement(out, Matcher.quoteReplacement(PlainGuidance.humanise(keys.group())));
        }
        keys.appendTail(out);
        return DisplayUnits.text(out.toString());
    }
}
