package org.recordpath.guidance.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recordpath.guidance.boundary.ReviewRule;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.model.drug.DrugVocabulary;
import org.recordpath.model.profile.Treatment;

/** Naivety and failure of drug classes (pathways.md section 2.8). */
final class TreatmentHistory {
    static final Set<String> ESA = Set.of(
            "epoetin alfa",
            "epoetin alfa-epbx",
            "epoetin beta",
            "epoetin zeta",
            "methoxy polyethylene glycol-epoetin beta",
            "darbepoetin alfa");
    static final Set<String> LENALIDOMIDE = Set.of("lenalidomide");
    static final Set<String> LUSPATERCEPT = Set.of("luspatercept", "luspatercept-aamt");
    static final Set<String> IMETELSTAT = Set.of("imetelstat");
    static final Set<String> IST = Set.of(
            "anti-thymocyte globulin",
            "anti-thymocyte globulin, equine",
            "anti-thymocyte globulin, rabbit",
            "lymphocyte immune globulin, anti-thymocyte globulin",
            "cyclosporine",
            "atg");
    static final Set<String> IVOSIDENIB = Set.of("ivosidenib");
    static final Set<String> ENASIDENIB = Set.of("enasidenib");
    private static final Set<String> FAILED_STOP = Set.of("loss-of-response", "progression");
    private static final Set<String> FAILED = Set.of("PD", "RELAPSE", "FAILURE", "PROGRESSION");
    private static final Set<String> NO_RESPONSE = Set.of("NR", "SD");
    private static final Set<String> RESPONSE = Set.of("CR", "PR", "MCR", "CRL", "CRH", "HI-E", "HI-P", "HI-N", "TI");

    private TreatmentHistory() {}

    static boolean isClass(Treatment t, Set<String> drugs) {
        return drugs.contains(t.drug().trim().toLowerCase(Locale.ROOT));
    }

    /** The reviewed courses of a drug class. */
    static List<Treatment> courses(PatientFacts f, Set<String> drugs) {
        return f.profile().treatments().stream()
                .filter(t -> isClass(t, drugs) && !unresolved(t))
                .toList();
    }

    /**
     * Courses that could be of any class: a drug name the vocabulary does not know, or a reading waiting for review
     * (#10). They make naivety and failure unknown instead of false.
     */
    static List<Treatment> unresolved(PatientFacts f) {
        return f.profile().treatments().stream()
                .filter(TreatmentHistory::unresolved)
                .toList();
    }

    private static boolean unresolved(Treatment t) {
        if (ReviewRule.waits(t.provenance()).isPresent()) {
            return true;
        }
        String name = t.drug().trim().toLowerCase(Locale.ROOT);
        return DrugVocabulary.normalise(name).isEmpty()
                && !HmaFailure.HMA.contains(name)
                && !IST.contains(name)
                && !ESA.contains(name)
                && !LUSPATERCEPT.contains(name);
    }

    private static String unresolvedNames(List<Treatment> open) {
        return String.join(", ", open.stream().map(t -> "'" + t.drug() + "'").toList());
    }

    /** $naive(X): FALSE with a recorded course, UNKNOWN when the history is stated incomplete, else TRUE. */
    static Finding naive(PatientFacts f, Set<String> drugs, String label, String question) {
        List<Treatment> c = courses(f, drugs);
        List<FactUse> used = uses(c);
        if (!c.isEmpty()) {
            return Finding.of(Truth.FALSE, label + " given before (" + describe(c.get(0)) + ")", used, List.of());
        }
        List<Treatment> open = unresolved(f);
        if (!open.isEmpty()) {
            return Finding.of(
                    Truth.UNKNOWN,
                    "whether " + label + " was given is unknown: the treatment history holds " + unresolvedNames(open)
                            + ", not recognised or waiting for review",
                    uses(open),
                    List.of(question));
        }
        if (Boolean.FALSE.equals(f.profile().treatmentsComplete())) {
            return Finding.of(Truth.UNKNOWN, "earlier treatment exists but is not listed", used, List.of(question));
        }
        return Finding.of(Truth.TRUE, "no record of " + label + " in the uploaded documents", used, List.of(question));
    }

    /**
     * $failure(X): TRUE when a course stopped for no response, loss of response, progression or intolerance, or had
     * no response after the minimum duration; FALSE when never given, or ongoing with a response or below the
     * minimum; else UNKNOWN. {@code minWeeks} 0 means an explicit statement only.
     */
    static Finding failure(PatientFacts f, Set<String> drugs, String label, int minWeeks, String question) {
        List<Treatment> c = courses(f, drugs);
        if (c.isEmpty()) {
            Finding naive = naive(f, drugs, label, question);
            Truth t = naive.truth() == Truth.TRUE ? Truth.FALSE : Truth.UNKNOWN;
            return Finding.of(
                    t,
                    naive.truth() == Truth.TRUE ? "no " + label + " failure: never given" : naive.because(),
                    naive.facts(),
                    naive.questions());
        }
        Truth any = Truth.FALSE;
        String because = null;
        for (Treatment t : c) {
            Truth one = courseFailed(f, t, minWeeks);
            if (one == Truth.TRUE && because == null) {
                because = label + " failure (" + describe(t) + ")";
            }
            any = any.or(one);
        }
        List<Treatment> open = unresolved(f);
        if (any == Truth.FALSE && !open.isEmpty()) {
            any = Truth.UNKNOWN;
            because = label + " failure unknown: the treatment history also holds " + unresolvedNames(open)
                    + ", not recognised or waiting for review";
        }
        if (because == null) {
            because = any == Truth.FALSE
                    ? "no " + label + " failure (" + describe(c.get(0)) + ")"
                    : label + " response not yet decidable (" + describe(c.get(0)) + ")";
        }
        return Finding.of(any, because, uses(c), any == Truth.UNKNOWN ? List.of(question) : List.of());
    }

    /**
     * One course: progression, loss of response or a stated failure is failure at any time; no response is failure
     * only after an adequate trial ({@code minWeeks}; an explicit stop for no response when {@code minWeeks} is 0);
     * intolerance is its own outcome, never failure (#10), so it leaves failure unknown.
     */
    private static Truth courseFailed(PatientFacts f, Treatment t, int minWeeks) {
        String stop = stop(t);
        String r = response(t);
        if (FAILED_STOP.contains(stop) || FAILED.contains(r)) {
            return Truth.TRUE;
        }
        if (stop.equals("intolerance")) {
            return Truth.UNKNOWN;
        }
        Long weeks = weeks(f, t);
        if (NO_RESPONSE.contains(r) || stop.equals("no-response")) {
            if (minWeeks == 0) {
                return stop.equals("no-response") ? Truth.TRUE : Truth.UNKNOWN;
            }
            return weeks == null ? Truth.UNKNOWN : Truth.of(weeks >= minWeeks);
        }
        if (ongoing(t) && (RESPONSE.contains(r) || (minWeeks > 0 && weeks != null && weeks < minWeeks))) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }

    static boolean ongoing(Treatment t) {
        return Boolean.TRUE.equals(t.ongoing())
                || (t.end() == null && t.stoppedReason() == null)
                || "ongoing".equals(stop(t));
    }

    static String stop(Treatment t) {
        if (t.stoppedReason() == null) {
            return "";
        }
        String s = t.stoppedReason().trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        return s.equals("toxicity") || s.equals("adverse-event") || s.equals("side-effects") ? "intolerance" : s;
    }

    static String response(Treatment t) {
        return t.bestResponse() == null ? "" : t.bestResponse().trim().toUpperCase(Locale.ROOT);
    }

    private static Long weeks(PatientFacts f, Treatment t) {
        LocalDate start = t.startDate().orElse(null);
        LocalDate end = t.endDate().orElse(ongoing(t) ? f.asOf().orElse(null) : null);
        return start == null || end == null ? null : ChronoUnit.WEEKS.between(start, end);
    }

    static String describe(Treatment t) {
        StringBuilder b = new StringBuilder(t.drug());
        if (t.cycles() != null) {
            b.append(", ").append(t.cycles()).append(" cycles");
        }
        if (t.start() != null) {
            b.append(", from ").append(t.start());
        }
        if (t.end() != null) {
            b.append(" to ").append(t.end());
        }
        if (t.bestResponse() != null) {
            b.append(", best response ").append(t.bestResponse());
        }
        b.append(t.stoppedReason() != null ? ", stopped: " + t.stoppedReason() : (ongoing(t) ? ", ongoing" : ""));
        return b.toString();
    }

    static List<FactUse> uses(List<Treatment> c) {
        List<FactUse> out = new ArrayList<>();
        for (Treatment t : c) {
            out.add(new FactUse("treatments", describe(t), t.provenance()));
        }
        return out;
    }
}
