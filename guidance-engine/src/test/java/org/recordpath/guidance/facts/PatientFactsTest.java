package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.ProfileEdits;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.FactTest;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabPoint;

/** Which value counts (pathways.md section 0.2) and how one fact test reads it (#10). */
class PatientFactsTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1); // Profiles' as-of date

    private static PatientFacts facts(ClinicalProfile p) {
        return new PatientFacts(p, LOWER);
    }

    private static Profiles epoOn(String value, LocalDate date) {
        return Profiles.aProfile().withLabOn(Analyte.SERUM_EPO, value, "m[IU]/mL", null, date);
    }

    private static ClinicalProfile withEarlierEpo(Profiles p, String value, LocalDate date) {
        return ProfileEdits.with(
                p.build(),
                "labs.serumEpo.series",
                List.of(new LabPoint(new BigDecimal(value), "m[IU]/mL", null, date, Profiles.SOURCE)));
    }

    @Test
    void serumEpoIsTheLastOneMeasuredBeforeAnyEsa() {
        // 0.2: EPO 620 on ESA (started 2026-01) is shown but not used; EPO 120 of 2025-12-15 counts
        ClinicalProfile p = withEarlierEpo(
                epoOn("620", LocalDate.of(2026, 5, 1)).withTreatment("epoetin alfa", "2026-01", null, null, null, null),
                "120",
                LocalDate.of(2025, 12, 15));

        Value epo = facts(p).value("labs.serumEpo");

        assertThat(epo.number()).isEqualByComparingTo("120");
    }

    @Test
    void serumEpoMeasuredOnlyOnAnEsaIsUnknownAndSaysWhy() {
        ClinicalProfile p = epoOn("620", LocalDate.of(2026, 5, 1))
                .withTreatment("epoetin alfa", "2026-01", null, null, null, null)
                .build();

        Value epo = facts(p).value("labs.serumEpo");

        assertThat(epo.known()).isFalse();
        assertThat(epo.use().value()).contains("620").contains("measured on or after the start of an ESA");
        Finding f = new PatientResolver(facts(p), Map.of())
                .resolve(new FactTest("labs.serumEpo", Operator.LE, new BigDecimal(500), "mU/mL", 0));
        assertThat(f.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(f.because()).contains("measured on or after the start of an ESA");
    }

    @Test
    void anEsaWithoutAStartDateLeavesEveryEpoInDoubt() {
        ClinicalProfile p = epoOn("120", LocalDate.of(2025, 12, 15))
                .withTreatment("darbepoetin alfa", null, null, null, null, null)
                .build();

        assertThat(facts(p).value("labs.serumEpo").known()).isFalse();
    }

    @Test
    void onlyAnEsaMakesEpoDoubtful() {
        ClinicalProfile p = epoOn("620", LocalDate.of(2026, 5, 1))
                .withTreatment("azacitidine", "2026-01", null, 4, null, null)
                .build();

        assertThat(facts(p).value("labs.serumEpo").number()).isEqualByComparingTo("620");
    }

    @Test
    void aValueOlderThanSixMonthsIsFlaggedNotDropped() {
        // 0.2: "Flag (do not drop) a value older than 6 months at evaluation time"; as of 2026-06-01
        Value old = facts(Profiles.aProfile()
                        .withLabOn(Analyte.HEMOGLOBIN, "9.5", "g/dL", null, LocalDate.of(2025, 11, 30))
                        .build())
                .value("labs.hemoglobin");
        Value recent = facts(Profiles.aProfile()
                        .withLabOn(Analyte.HEMOGLOBIN, "9.5", "g/dL", null, LocalDate.of(2025, 12, 1))
                        .build())
                .value("labs.hemoglobin");

        assertThat(old.number()).isEqualByComparingTo("9.5");
        assertThat(old.note()).isEqualTo("from 2025-11-30, older than 6 months");
        assertThat(old.use().value()).isEqualTo("9.5 g/dL (2025-11-30) (from 2025-11-30, older than 6 months)");
        assertThat(recent.note()).isNull();
        assertThat(recent.use().value()).isEqualTo("9.5 g/dL (2025-12-01)");
    }

    @Test
    void aBoundIsShownWithItsComparator() {
        Value anc = facts(Profiles.aProfile()
                        .withLab(Analyte.ANC, "0.1", "10*9/L", "<")
                        .build())
                .value("labs.anc");

        assertThat(anc.display()).isEqualTo("<0.1 10*9/L (2026-06-01)");
        assertThat(anc.comparator()).isEqualTo("<");
    }

    @Test
    void withoutAnAsOfDateTheLatestLabOrTreatmentDateIsUsed() {
        ClinicalProfile labsOnly = ProfileEdits.with(
                Profiles.aProfile()
                        .withLabOn(Analyte.HEMOGLOBIN, "9", "g/dL", null, LocalDate.of(2026, 3, 2))
                        .withLabOn(Analyte.PLATELETS, "90", "10*9/L", null, LocalDate.of(2026, 4, 7))
                        .withLabOn(Analyte.ANC, "1", "10*9/L", null, LocalDate.of(2026, 2, 1))
                        .build(),
                "asOf",
                null);
        ClinicalProfile withTreatment = ProfileEdits.with(
                Profiles.aProfile()
                        .withLabOn(Analyte.HEMOGLOBIN, "9", "g/dL", null, LocalDate.of(2026, 3, 2))
                        .withTreatment("azacitidine", "2026-01", "2026-07", 6, "SD", "no-response")
                        .withTreatment("epoetin alfa", "2025-01", null, null, null, null)
                        .build(),
                "asOf",
                null);
        ClinicalProfile nothingDated = ProfileEdits.with(Profiles.aProfile().build(), "asOf", null);

        assertThat(facts(labsOnly).asOf()).contains(LocalDate.of(2026, 4, 7));
        assertThat(facts(withTreatment).asOf()).contains(LocalDate.of(2026, 7, 1));
        assertThat(facts(nothingDated).asOf()).isEmpty();
        assertThat(facts(Profiles.aProfile().build()).asOf()).contains(TODAY);
    }

    @Test
    void everyFactOfThePackFormatIsListed() {
        assertThat(FactCatalog.paths())
                .contains("labs.serumEpo", "diagnosis.disease", "$riskGroup", "karyotype.complex");
    }
}
