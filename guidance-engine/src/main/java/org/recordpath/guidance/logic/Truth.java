package org.recordpath.guidance.logic;

/**
 * Kleene's strong three-valued logic. A criterion over an unknown fact is {@link #UNKNOWN}, never {@link #FALSE}.
 *
 * <pre>
 *   and     | TRUE    FALSE  UNKNOWN        or      | TRUE  FALSE    UNKNOWN       not
 *   --------+--------------------------      --------+-----------------------      --------+--------
 *   TRUE    | TRUE    FALSE  UNKNOWN        TRUE    | TRUE  TRUE     TRUE          TRUE    | FALSE
 *   FALSE   | FALSE   FALSE  FALSE          FALSE   | TRUE  FALSE    UNKNOWN       FALSE   | TRUE
 *   UNKNOWN | UNKNOWN FALSE  UNKNOWN        UNKNOWN | TRUE  UNKNOWN  UNKNOWN       UNKNOWN | UNKNOWN
 * </pre>
 *
 * FALSE beats UNKNOWN under AND; TRUE beats it under OR.
 */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    /** TRUE/FALSE for a known boolean, UNKNOWN for null. */
    public static Truth of(Boolean value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        if (this == TRUE && other == TRUE) {
            return TRUE;
        }
        return UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        if (this == FALSE && other == FALSE) {
            return FALSE;
        }
        return UNKNOWN;
    }

    public Truth not() {
        if (this == UNKNOWN) {
            return UNKNOWN;
        }
        return this == TRUE ? FALSE : TRUE;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The boolean for a known value, null for UNKNOWN. */
    public Boolean toBoolean() {
        return this == UNKNOWN ? null : this == TRUE;
    }
}
