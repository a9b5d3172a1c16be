package org.recordpath.guidance.facts;

import java.util.List;
import java.util.function.Function;

/**
 * The type of one contract path that criteria may test.
 *
 * @param unit canonical unit of a number (criteria must state the same unit), null for flags and enumerations
 * @param values the allowed values of an enumeration, empty otherwise
 * @param question the question key (pathways.md section 4) that asks for the fact when it is unknown
 * @param clinicianOnly a clinician's judgement: asked, never inferred
 */
public record FactSpec(
        String path,
        Kind kind,
        String unit,
        List<String> values,
        String question,
        boolean clinicianOnly,
        Function<PatientFacts, Value> read) {
    public FactSpec {
        values = List.copyOf(values);
    }

    /** The closed set of fact types. */
    public enum Kind {
        NUMBER,
        FLAG,
        ENUM
    }
}
