package org.recordpath.guidance.logic;

import java.util.List;
import java.util.Objects;

/**
 * The truth of a criterion with the reason in words and every atomic step in evaluation order.
 *
 * @param because for FALSE: the first failing part; for TRUE: what made it hold; for UNKNOWN: what is missing
 */
public record Verdict(Truth truth, String because, List<Step> steps) {
    public Verdict {
        Objects.requireNonNull(truth, "truth");
        steps = List.copyOf(steps);
    }

    /** One atom as it was decided. */
    public record Step(String key, Finding finding) {}
}
