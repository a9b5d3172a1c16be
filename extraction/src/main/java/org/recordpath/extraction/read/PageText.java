package org.recordpath.extraction.read;

import java.util.List;
import java.util.Optional;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.ReadMethod;

/**
 * The text of one page (1-based) as read, with its words. Lines are separated by {@code \n}; the reader keeps the
 * visual line order so table rows stay on one line.
 */
public record PageText(int page, String text, ReadMethod method, List<Word> words, double confidence) {
    public PageText {
        words = List.copyOf(words);
    }

    /** The pixel box covering the characters [start, end), when the page has word boxes. */
    public Optional<Box> boxOf(int start, int end) {
        Box box = null;
        for (Word w : words) {
            if (w.box() != null && w.end() > start && w.start() < end) {
                box = box == null ? w.box() : box.union(w.box());
            }
        }
        return Optional.ofNullable(box);
    }

    /** Mean confidence of the words overlapping [start, end), or the page confidence. */
    public double confidenceOf(int start, int end) {
        double sum = 0;
        int n = 0;
        for (Word w : words) {
            if (w.end() > start && w.start() < end) {
                sum += w.confidence();
                n++;
            }
        }
        return n == 0 ? confidence : sum / n;
    }
}
