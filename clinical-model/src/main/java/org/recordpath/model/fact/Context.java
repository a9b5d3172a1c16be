package org.recordpath.model.fact;

/**
 * The context of a mention, in the spirit of NegEx/ConText. Only {@link #AFFIRMED} facts about the patient's own
 * current state feed the profile; the others are kept so a reviewer can see what was set aside and why.
 */
public enum Context {
    AFFIRMED,
    NEGATED,
    FAMILY,
    HISTORICAL,
    HYPOTHETICAL,
    OTHER_SPECIMEN
}
