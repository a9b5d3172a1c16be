package org.recordpath.fhir.read;

/**
 * Bounds on input accepted for import.
 *
 * @param maxBytes the largest document read (real patient-portal exports run to a few MB)
 * @param maxDepth the deepest nesting of JSON objects/arrays or XML elements (FHIR resources need about 15)
 */
public record ImportLimits(long maxBytes, int maxDepth) {
    public ImportLimits {
        if (maxBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 64 MiB and 128 levels. */
    public static ImportLimits defaults() {
        return new ImportLimits(64L * 1024 * 1024, 128);
    }
}
