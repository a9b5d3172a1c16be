package org.recordpath.extraction.read;

import java.util.regex.Pattern;

/**
 * Whether a PDF page's text layer can be trusted or the page must be read by OCR instead: a layer that is (almost)
 * empty over a scanned image, made of unprintable or replacement characters (fonts without a usable character map),
 * or mostly made of tokens that are neither words nor numbers (a scanner's poor invisible OCR layer) is not.
 */
final class TextLayerQuality {
    static final int MIN_CHARACTERS = 20;

    /** A word, a number or a code, possibly wrapped in punctuation: "Hemoglobin", "(HGB)", "7.9", "del(5q)," */
    private static final Pattern PLAUSIBLE =
            Pattern.compile("\\p{P}*(\\p{L}[\\p{L}'’\\-]*|[\\p{L}\\p{N}][\\p{L}\\p{N}.,:/%()\\[\\]+\\-×^]*)\\p{P}*");

    private static final Pattern VOWEL = Pattern.compile("(?i).*[aeiouyäöüéèáíóú].*");

    private TextLayerQuality() {}

    /**
     * @param hasImages whether the page shows images: an empty layer over an image is a scan to OCR, an empty layer
     *     on a page without images is just an empty page
     */
    static boolean usable(String text, boolean hasImages) {
        int nonSpace = 0;
        int alphanumeric = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            nonSpace++;
            if (Character.isLetterOrDigit(c)) {
                alphanumeric++;
            } else if (c == '\uFFFD'
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED) {
                bad++;
            }
        }
        if (nonSpace < MIN_CHARACTERS) {
            return !hasImages;
        }
        if (bad * 20 > nonSpace || alphanumeric * 2 < nonSpace) {
            return false;
        }
        return plausibleShare(text) >= 0.6;
    }

    /** The share of tokens that look like words (letters with a vowel, or short ones) or numbers. */
    static double plausibleShare(String text) {
        String[] tokens = text.strip().split("\\s+");
        int plausible = 0;
        for (String token : tokens) {
            if (PLAUSIBLE.matcher(token).matches()
                    && (token.length() <= 3
                            || hasDigit(token)
                            || VOWEL.matcher(token).matches())) {
                plausible++;
            }
        }
        return tokens.length == 0 ? 0 : plausible / (double) tokens.length;
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }
}
