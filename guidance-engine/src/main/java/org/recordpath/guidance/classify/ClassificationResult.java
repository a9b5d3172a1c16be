package org.recordpath.guidance.classify;

import java.util.List;

/**
 * One classification's answer.
 *
 * @param type e.g. "MDS-SF3B1"; null when it cannot be classified
 * @param because the rule that applied, or "cannot classify: missing ..."
 * @param missing facts that were needed (type null) or that could still change the type (type set)
 */
public record ClassificationResult(String type, String because, List<String> missing) {
    public ClassificationResult {
        missing = List.copyOf(missing);
    }

    static ClassificationResult cannot(List<String> missing) {
        return new ClassificationResult(null, "cannot classify: missing " + String.join(", ", missing), missing);
    }
}
