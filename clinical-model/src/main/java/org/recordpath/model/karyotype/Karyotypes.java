package org.recordpath.model.karyotype;

/** Entry point: ISCN strings to {@link Karyotype}s (risk-scores.md section 3). Never throws on bad input. */
public final class Karyotypes {
    private Karyotypes() {}

    /** Parses an ISCN karyotype without knowing the patient's sex. */
    public static KaryotypeParse parse(String iscn) {
        return parse(iscn, null);
    }

    /**
     * Parses an ISCN karyotype.
     *
     * @param patientSex "M", "F" or null; a male reads {@code 45,X} as -Y
     */
    public static KaryotypeParse parse(String iscn, String patientSex) {
        try {
            KaryotypeParser.Result result = KaryotypeParser.parse(iscn, patientSex);
            return new KaryotypeParse.Parsed(CytogeneticScorer.score(iscn, result));
        } catch (KaryotypeSyntaxException e) {
            return new KaryotypeParse.Rejected(iscn, e.getMessage());
        }
    }

    /** The {@code recordpath karyotype} line for a string parsed as given (no repair). */
    public static KaryotypeSummary summarize(String iscn) {
        KaryotypeParse parse = parse(iscn);
        if (parse instanceof KaryotypeParse.Parsed parsed) {
            return parsed.karyotype().summary();
        }
        return KaryotypeSummary.error(iscn, ((KaryotypeParse.Rejected) parse).reason());
    }

    /**
     * Like {@link #summarize(String)}, but a string that fails as given is retried after the unambiguous OCR
     * repairs of {@link KaryotypeRepair}; the repairs are listed in the summary.
     */
    public static KaryotypeSummary summarizeRepairing(String text) {
        KaryotypeSummary plain = summarize(text);
        if (plain.error() == null) {
            return plain;
        }
        KaryotypeRepair.Repaired repaired = KaryotypeRepair.repair(text);
        if (repaired.repairs().isEmpty()) {
            return plain;
        }
        KaryotypeSummary second = summarize(repaired.text());
        return second.error() == null ? second.withRepairs(repaired.repairs()) : plain;
    }
}
