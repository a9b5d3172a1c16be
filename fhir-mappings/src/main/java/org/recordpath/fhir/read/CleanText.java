package org.recordpath.fhir.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Display text as read for matching: invisible characters (zero-width spaces, BOM, soft hyphen) removed, spaces collapsed. */
final class CleanText {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CleanText() {}

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    static String lower(String s) {
        return clean(s).toLowerCase(Locale.ROOT);
    }

    /** The concept's text and every coding's display, lower case, joined by " | ". */
    static String allText(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(lower(concept.getText()));
        for (Coding c : concept.getCoding()) {
            sb.append(" | ").append(lower(c.getDisplay()));
        }
        return sb.toString();
    }

    /** The concept's text, else its first coding display, else its first code (cleaned). */
    static String label(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        if (concept.hasText() && !clean(concept.getText()).isEmpty()) {
            return clean(concept.getText());
        }
        for (Coding c : concept.getCoding()) {
            if (c.hasDisplay() && !clean(c.getDisplay()).isEmpty()) {
                return clean(c.getDisplay());
            }
        }
        for (Coding c : concept.getCoding()) {
            if (c.hasCode()) {
                return clean(c.getCode());
            }
        }
        return "";
    }

    /** The code of the first coding in this system, or null. */
    static String code(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        for (Coding c : concept.getCoding()) {
            if (system.equals(c.getSystem()) && c.hasCode()) {
                return clean(c.getCode());
            }
        }
        return null;
    }
}
