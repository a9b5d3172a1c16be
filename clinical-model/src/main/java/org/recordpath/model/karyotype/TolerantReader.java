package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tolerant front end before the strict parser (#14). A string the strict parser reads is returned as it is.
 * Otherwise the named {@link RepairRule}s rewrite it into one or more readings; every reading is parsed and scored,
 * and the string is accepted only when all readings give the same IPSS-R category (or range) and flags. Else it is
 * rejected with the reason: a repair never chooses between different abnormalities.
 */
final class TolerantReader {
    private static final String SINGLE_X = "single X";

    private TolerantReader() {}

    static KaryotypeParse read(String text, String patientSex) {
        KaryotypeParse strict = Karyotypes.parse(text, patientSex);
        if (text == null || text.isBlank()) {
            return strict;
        }
        if (strict instanceof KaryotypeParse.Parsed parsed && !sexUndecided(parsed.karyotype(), patientSex)) {
            return strict;
        }
        Candidate start = WrittenTextRepairs.label(Candidate.of(text.strip()));
        if (FreeTextKaryotype.isFreeText(start.text())) {
            KaryotypeParse words = FreeTextKaryotype.read(start.text());
            return words instanceof KaryotypeParse.Parsed stated
                    ? new KaryotypeParse.Parsed(stated.karyotype().repairedFrom(text, all(start, stated.karyotype())))
                    : new KaryotypeParse.Rejected(text, ((KaryotypeParse.Rejected) words).reason());
        }
        List<Candidate> readings = WrittenTextRepairs.alternatives(WrittenTextRepairs.surroundingText(start));
        readings = BranchingRepairs.map(readings, r -> List.of(NotationRepairs.apply(lowerCase(ocr(r)))));
        readings = BranchingRepairs.map(readings, BranchingRepairs::bandHyphens);
        readings = BranchingRepairs.map(readings, r -> CloneHeaderRepairs.apply(r, patientSex));
        readings = BranchingRepairs.map(readings, WrittenTextRepairs::unbalanced);
        readings = BranchingRepairs.map(readings, BranchingRepairs::missingBreakpoints);
        if (readings.size() > BranchingRepairs.MAX_READINGS) {
            return new KaryotypeParse.Rejected(
                    text,
                    "too many possible readings (more than " + BranchingRepairs.MAX_READINGS
                            + " ways to repair it); not guessed");
        }
        return Readings.decide(text, readings, patientSex, strict);
    }

    /** 45,X without the patient's sex: -X or -Y is open, so both readings are scored. */
    static boolean sexUndecided(Karyotype k, String patientSex) {
        return patientSex == null && k.reviewFlags().stream().anyMatch(f -> f.contains(SINGLE_X));
    }

    private static List<String> all(Candidate start, Karyotype stated) {
        List<String> repairs = new ArrayList<>(start.repairs());
        repairs.addAll(stated.repairs());
        return repairs;
    }

    private static Candidate ocr(Candidate c) {
        KaryotypeRepair.Repaired repaired = KaryotypeRepair.repair(c.text());
        return repaired.repairs().isEmpty() ? c : c.withAll(repaired.text(), RepairRule.OCR, repaired.repairs());
    }

    private static Candidate lowerCase(Candidate c) {
        String text = c.text().toLowerCase(Locale.ROOT).replaceAll("[\u2010\u2011\u2012\u2013\u2212]", "-");
        return new Candidate(text, c.repairs(), c.speculative(), c.uncounted());
    }
}
