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
        return parseStrict(iscn, patientSex, false);
    }

    /**
     * Reads a karyotype as laboratories write it (#14): a string the strict parser reads is returned as it is;
     * otherwise the named {@link RepairRule}s are tried, every possible reading is scored, and the string is
     * accepted only when they all agree (then {@link Karyotype#repairs()} lists the repairs and a review flag is
     * set). Free text gives the category or range it states ("complex": Poor–Very Poor), or a rejection.
     *
     * @param patientSex "M", "F" or null; decides whether {@code 45,X} is -Y or -X (unknown: both must agree)
     */
    public static KaryotypeParse read(String text, String patientSex) {
        return TolerantReader.read(text, patientSex);
    }

    /** {@link #read(String, String)} without knowing the patient's sex. */
    public static KaryotypeParse read(String text) {
        return read(text, null);
    }

    static KaryotypeParse parseStrict(String iscn, String patientSex, boolean uncountedAllowed) {
        try {
            KaryotypeParser.Result result = uncountedAllowed
                    ? KaryotypeParser.parseAllowingUncounted(iscn, patientSex)
                    : KaryotypeParser.parse(iscn, patientSex);
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
     * The {@code recordpath karyotype} line for a string read by the tolerant front end {@link #read(String,
     * String)}: a string that fails as given is read after the named repairs, which are listed in the summary.
     */
    public static KaryotypeSummary summarizeRepairing(String text, String patientSex) {
        KaryotypeParse parse = read(text, patientSex);
        if (parse instanceof KaryotypeParse.Parsed parsed) {
            return parsed.karyotype().summary();
        }
        return KaryotypeSummary.error(text, ((KaryotypeParse.Rejected) parse).reason());
    }

    /** {@link #summarizeRepairing(String, String)} without knowing the patient's sex. */
    public static KaryotypeSummary summarizeRepairing(String text) {
        return summarizeRepairing(text, null);
    }
}
