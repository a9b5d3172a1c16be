package org.recordpath.guidance.facts;

import java.util.List;
import java.util.Set;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.profile.Treatment;

/** $hmaFailure (pathways.md section 2.9). */
final class HmaFailure {
    static final Set<String> HMA =
            Set.of("azacitidine", "decitabine", "decitabine-cedazuridine", "decitabine and cedazuridine");
    private static final Set<String> PROGRESSION = Set.of("PD", "PROGRESSION", "RELAPSE", "FAILURE");
    private static final Set<String> NO_RESPONSE = Set.of("NR", "SD");
    private static final Set<String> RESPONSE = Set.of("CR", "PR", "MCR", "CRL", "CRH", "HI-E", "HI-P", "HI-N", "TI");

    private HmaFailure() {}

    static Finding evaluate(PatientFacts f) {
        List<Treatment> c = TreatmentHistory.courses(f, HMA);
        if (c.isEmpty()) {
            Finding naive = TreatmentHistory.naive(f, HMA, "HMA", "Q-HMA");
            Truth t = naive.truth() == Truth.TRUE ? Truth.FALSE : Truth.UNKNOWN;
            return Finding.of(
                    t,
                    t == Truth.FALSE ? "no HMA failure: no HMA given" : naive.because(),
                    naive.facts(),
                    naive.questions());
        }
        Truth any = Truth.FALSE;
        String because = null;
        for (Treatment t : c) {
            Truth one = course(t);
            if (one == Truth.TRUE && because == null) {
                because = "HMA failure (" + TreatmentHistory.describe(t) + ")";
            }
            any = any.or(one);
        }
        List<Treatment> open = TreatmentHistory.unresolved(f);
        if (any == Truth.FALSE && !open.isEmpty()) {
            any = Truth.UNKNOWN;
            because = "HMA failure unknown: the treatment history also holds a course not recognised or waiting for"
                    + " review";
        }
        if (because == null) {
            because = (any == Truth.FALSE ? "no HMA failure (" : "HMA response not yet decidable (")
                    + TreatmentHistory.describe(c.get(0)) + ")";
        }
        return Finding.of(any, because, TreatmentHistory.uses(c), any == Truth.UNKNOWN ? List.of("Q-HMA") : List.of());
    }

    /**
     * One course (section 2.9): progression or loss of response at any time; no response after 6 cycles of
     * azacitidine or 4 of decitabine (4-5 of azacitidine: the clinician decides); stopping for intolerance is its own
     * outcome, not failure (#10), and leaves it unknown.
     */
    private static Truth course(Treatment t) {
        String r = TreatmentHistory.response(t);
        String stop = TreatmentHistory.stop(t);
        if (PROGRESSION.contains(r) || stop.equals("progression") || stop.equals("loss-of-response")) {
            return Truth.TRUE;
        }
        if (stop.equals("intolerance")) {
            return Truth.UNKNOWN;
        }
        boolean aza = t.drug().trim().equalsIgnoreCase("azacitidine");
        Integer cycles = t.cycles();
        if (NO_RESPONSE.contains(r) || stop.equals("no-response")) {
            if (cycles == null || (aza && cycles >= 4 && cycles < 6)) {
                return Truth.UNKNOWN;
            }
            return Truth.of(cycles >= (aza ? 6 : 4));
        }
        boolean ongoing = TreatmentHistory.ongoing(t);
        if (ongoing && RESPONSE.contains(r)) {
            return Truth.FALSE;
        }
        if (ongoing && cycles != null && cycles < 4) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }
}
