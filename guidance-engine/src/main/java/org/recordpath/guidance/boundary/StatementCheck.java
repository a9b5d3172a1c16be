package org.recordpath.guidance.boundary;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Transfusion;

/** Demographics, diagnosis, clinical statements and transfusion needs at the boundary. */
final class StatementCheck {
    private StatementCheck() {}

    static Demographics demographics(Demographics d, Notes notes) {
        Integer age =
                number("demographics.age", d.age(), Ranges.AGE, d.provenance().get("age"), notes);
        return new Demographics(age, d.sex(), d.provenance());
    }

    static Diagnosis diagnosis(Diagnosis d, Notes notes) {
        Map<String, Provenance> src = d.provenance();
        return new Diagnosis(
                keep("diagnosis.disease", d.disease(), src.get("disease"), notes),
                keep("diagnosis.statedType", d.statedType(), src.get("statedType"), notes),
                keep("diagnosis.who2022", d.who2022(), src.get("who2022"), notes),
                keep("diagnosis.icc2022", d.icc2022(), src.get("icc2022"), notes),
                keep("diagnosis.icd10", d.icd10(), src.get("icd10"), notes),
                d.date(),
                keep("diagnosis.therapyRelated", d.therapyRelated(), src.get("therapyRelated"), notes),
                src);
    }

    static Clinical clinical(Clinical c, Notes notes) {
        Map<String, Provenance> src = c.provenance();
        return new Clinical(
                number("clinical.ecog", c.ecog(), Ranges.ECOG, src.get("ecog"), notes),
                keep("clinical.transplantCandidate", c.transplantCandidate(), src.get("transplantCandidate"), notes),
                keep("clinical.donor", c.donor(), src.get("donor"), notes),
                keep("clinical.hypocellular", c.hypocellular(), src.get("hypocellular"), notes),
                number(
                        "clinical.marrowCellularityPct",
                        c.marrowCellularityPct(),
                        Ranges.PERCENT,
                        src.get("marrowCellularityPct"),
                        notes),
                number("clinical.fibrosisGrade", c.fibrosisGrade(), Ranges.FIBROSIS, src.get("fibrosisGrade"), notes),
                keep("clinical.pnhClone", c.pnhClone(), src.get("pnhClone"), notes),
                keep("clinical.hlaDr15", c.hlaDr15(), src.get("hlaDr15"), notes),
                keep("clinical.symptomaticAnemia", c.symptomaticAnemia(), src.get("symptomaticAnemia"), notes),
                keep("clinical.bleeding", c.bleeding(), src.get("bleeding"), notes),
                keep("clinical.recurrentInfections", c.recurrentInfections(), src.get("recurrentInfections"), notes),
                keep("clinical.pregnant", c.pregnant(), src.get("pregnant"), notes),
                keep(
                        "clinical.childbearingPotential",
                        c.childbearingPotential(),
                        src.get("childbearingPotential"),
                        notes),
                src);
    }

    static Transfusion transfusion(Transfusion t, Notes notes) {
        Map<String, Provenance> src = t.provenance();
        BigDecimal rate = t.rbcUnitsPer8Weeks();
        if (rate != null && !Ranges.UNITS_PER_8_WEEKS.contains(rate)) {
            notes.withhold(
                    "transfusion.rbcUnitsPer8Weeks",
                    rate.stripTrailingZeros().toPlainString(),
                    "outside the possible range " + Ranges.UNITS_PER_8_WEEKS.shown() + " units per 8 weeks");
            rate = null;
        }
        rate = keep("transfusion.rbcUnitsPer8Weeks", rate, src.get("rbcUnitsPer8Weeks"), notes);
        return new Transfusion(
                rate,
                keep("transfusion.dependent", t.dependent(), src.get("dependent"), notes),
                number(
                        "transfusion.totalRbcUnits",
                        t.totalRbcUnits(),
                        Ranges.TOTAL_UNITS,
                        src.get("totalRbcUnits"),
                        notes),
                number(
                        "transfusion.rbcUnitsLast16Weeks",
                        t.rbcUnitsLast16Weeks(),
                        Ranges.UNITS_16_WEEKS,
                        src.get("rbcUnitsLast16Weeks"),
                        notes),
                number(
                        "transfusion.episodesLast16Weeks",
                        t.episodesLast16Weeks(),
                        Ranges.UNITS_16_WEEKS,
                        src.get("episodesLast16Weeks"),
                        notes),
                keep(
                        "transfusion.plateletTransfusionDependent",
                        t.plateletTransfusionDependent(),
                        src.get("plateletTransfusionDependent"),
                        notes),
                t.asOf(),
                src);
    }

    /** An integer statement inside its range and not waiting for review, else null. */
    static Integer number(String path, Integer value, Ranges.Range range, Provenance src, Notes notes) {
        if (value == null) {
            return null;
        }
        if (!range.contains(BigDecimal.valueOf(value))) {
            notes.withhold(path, String.valueOf(value), "outside the possible range " + range.shown());
            return null;
        }
        return keep(path, value, src, notes);
    }

    /** The value unless its source waits for review. */
    static <T> T keep(String path, T value, Provenance src, Notes notes) {
        if (value == null) {
            return null;
        }
        Optional<String> waits = ReviewRule.waits(src);
        if (waits.isPresent()) {
            notes.withhold(path, String.valueOf(value), waits.get());
            return null;
        }
        return value;
    }
}
