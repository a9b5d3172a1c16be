package org.recordpath.extraction.text;

/** What a section of a clinical document is about; decides the default context of the mentions in it. */
public enum SectionKind {
    HEADER,
    COMPLAINT,
    HISTORY,
    TREATMENT_HISTORY,
    PAST_MEDICAL,
    FAMILY_HISTORY,
    SOCIAL,
    EXAM,
    LABS,
    PERIPHERAL_BLOOD,
    DIAGNOSIS,
    MARROW,
    FLOW,
    CYTOGENETICS,
    FISH,
    MOLECULAR,
    VARIANTS,
    UNCERTAIN_VARIANTS,
    NEGATIVE_GENES,
    PANEL_GENES,
    METHODOLOGY,
    ASSESSMENT,
    PLAN,
    MEDICATIONS,
    TRANSFUSION,
    COMMENT,
    OTHER;

    /** Sections whose drug mentions are proposals rather than treatment given. */
    public boolean isPlan() {
        return this == PLAN;
    }
}
