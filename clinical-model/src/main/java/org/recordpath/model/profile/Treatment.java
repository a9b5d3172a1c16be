package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.recordpath.model.fact.Provenance;

/**
 * A course of a disease-directed drug that was actually given (proposed plans are not treatments).
 *
 * @param drug generic name, e.g. "azacitidine"
 * @param rxnorm ingredient RxCUI where known, else null
 * @param start ISO date or year-month ("2025-05"), null when not stated
 * @param end ISO date or year-month, null while ongoing or not stated
 * @param bestResponse IWG term: CR, PR, mCR, CRL, CRh, HI-E, HI-P, HI-N, TI, SD, NR, PD, relapse, failure,
 *     progression, not-evaluable, unknown
 * @param stoppedReason no-response, loss-of-response, progression, intolerance, toxicity, transplant,
 *     patient-choice, death, completed, other; null while ongoing or not stated
 * @param ongoing true when the records say it continues
 */
public record Treatment(
        String drug,
        String rxnorm,
        String start,
        String end,
        Integer cycles,
        String bestResponse,
        String stoppedReason,
        Boolean ongoing,
        Provenance provenance) {
    public Treatment {
        Objects.requireNonNull(drug, "drug");
    }

    /** The start as a date (the first of the month for a year-month). */
    public Optional<LocalDate> startDate() {
        return PartialDates.parse(start);
    }

    /** The end as a date (the first of the month for a year-month). */
    public Optional<LocalDate> endDate() {
        return PartialDates.parse(end);
    }
}
