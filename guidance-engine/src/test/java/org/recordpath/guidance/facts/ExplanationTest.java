package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Treatment;

/**
 * The reason a predicate gives names the side of the threshold it is on and the evidence it used (#10: a clinician
 * must be able to check every step; pathways.md section 0.3).
 */
class ExplanationTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());

    private static Finding eval(ClinicalProfile p, String predicate) {
        return DerivedCatalog.evaluate(new PatientFacts(p, LOWER), predicate, null, List.of());
    }

    @Test
    void blastsSayWhichSideOfFivePercent() {
        assertThat(eval(Profiles.aProfile().withBlasts("7").build(), "$increasedBlasts")
                        .because())
                .startsWith("increased marrow blasts (7 %");
        assertThat(eval(Profiles.aProfile().withBlasts("3").build(), "$increasedBlasts")
                        .because())
                .startsWith("no increased marrow blasts (3 %");
        assertThat(eval(Profiles.aProfile().build(), "$increasedBlasts").because())
                .isEqualTo("marrow blasts not recorded");
    }

    @Test
    void ringSideroblastsSayWhichRuleApplied() {
        assertThat(eval(Profiles.aProfile().withRingSideroblasts("20").build(), "$rsPositive")
                        .because())
                .endsWith("(15 % or more)");
        assertThat(eval(
                                Profiles.aProfile()
                                        .withRingSideroblasts("6")
                                        .withVariant("SF3B1", "K700E")
                                        .build(),
                                "$rsPositive")
                        .because())
                .endsWith("with SF3B1 mutated");
        assertThat(eval(
                                Profiles.aProfile()
                                        .withRingSideroblasts("6")
                                        .withNegativeGenes("SF3B1")
                                        .build(),
                                "$rsPositive")
                        .because())
                .contains("below the threshold");
        assertThat(eval(Profiles.aProfile().withRingSideroblasts("6").build(), "$rsPositive")
                        .because())
                .isEqualTo("ring sideroblast % not recorded or SF3B1 status unknown");
        assertThat(eval(Profiles.aProfile().build(), "$rsPositive").because())
                .isEqualTo("ring sideroblast % not recorded");
    }

    @Test
    void cytopeniasSayTheValueAndTheThreshold() {
        assertThat(eval(Profiles.aProfile().withPlatelets("30").build(), "$clinicallyRelevantThrombocytopenia")
                        .because())
                .startsWith("clinically relevant thrombocytopenia (platelets 30")
                .endsWith("threshold 50)");
        assertThat(eval(Profiles.aProfile().withPlatelets("80").build(), "$clinicallyRelevantThrombocytopenia")
                        .because())
                .startsWith("no clinically relevant thrombocytopenia");
    }

    @Test
    void aClinicianStatementNamesItsDirection() {
        assertThat(eval(Profiles.aProfile().withClinicianSymptomaticAnemia(true).build(), "$symptomaticAnemia")
                        .because())
                .isEqualTo("clinician states anemia is symptomatic");
        assertThat(eval(
                                Profiles.aProfile()
                                        .withClinicianSymptomaticAnemia(false)
                                        .build(),
                                "$symptomaticAnemia")
                        .because())
                .isEqualTo("clinician states anemia is not symptomatic");
        assertThat(eval(Profiles.aProfile().withClinicianSymptomaticAnemia(true).build(), "$symptomaticAnemia")
                        .facts())
                .extracting(u -> u.path())
                .startsWith("clinical.symptomaticAnemia");
    }

    @Test
    void aCourseIsDescribedWithEverythingRecorded() {
        Treatment full = new Treatment(
                "azacitidine", null, "2025-09", "2026-03", 6, "SD", "no-response", false, Profiles.SOURCE);
        Treatment ongoing =
                new Treatment("epoetin alfa", null, "2026-01", null, null, null, null, null, Profiles.SOURCE);

        assertThat(TreatmentHistory.describe(full))
                .isEqualTo("azacitidine, 6 cycles, from 2025-09 to 2026-03, best response SD, stopped: no-response");
        assertThat(TreatmentHistory.describe(ongoing)).isEqualTo("epoetin alfa, from 2026-01, ongoing");
        assertThat(TreatmentHistory.uses(List.of(full, ongoing)))
                .extracting(u -> u.value())
                .containsExactly(TreatmentHistory.describe(full), TreatmentHistory.describe(ongoing));
    }

    @Test
    void onlyACourseWithoutEndOrStopIsOngoing() {
        assertThat(TreatmentHistory.ongoing(
                        new Treatment("azacitidine", null, "2026-01", null, 3, null, null, null, Profiles.SOURCE)))
                .isTrue();
        assertThat(TreatmentHistory.ongoing(
                        new Treatment("azacitidine", null, "2026-01", "2026-04", 3, null, null, null, Profiles.SOURCE)))
                .isFalse();
        assertThat(TreatmentHistory.ongoing(new Treatment(
                        "azacitidine", null, "2026-01", null, 3, null, "intolerance", null, Profiles.SOURCE)))
                .isFalse();
        assertThat(TreatmentHistory.ongoing(new Treatment(
                        "azacitidine", null, "2026-01", "2026-04", 3, null, "ongoing", null, Profiles.SOURCE)))
                .isTrue();
        assertThat(TreatmentHistory.ongoing(
                        new Treatment("azacitidine", null, "2026-01", "2026-04", 3, null, null, true, Profiles.SOURCE)))
                .isTrue();
    }
}
