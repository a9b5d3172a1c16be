package org.recordpath.extraction.text;

import java.time.LocalDate;

/**
 * A date written in a text at [start, end). {@code dayKnown} is false for "May-2025" or "08/2026" (then the date is
 * the first of the month).
 */
public record DateMention(int start, int end, LocalDate date, boolean dayKnown) {
    /** ISO year-month, or the full ISO date when the day was written. */
    public String iso() {
        return dayKnown ? date.toString() : date.toString().substring(0, 7);
    }

    public String yearMonth() {
        return date.toString().substring(0, 7);
    }
}
