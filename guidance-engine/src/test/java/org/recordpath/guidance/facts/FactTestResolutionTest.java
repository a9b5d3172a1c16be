package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.FactTest;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * One {@code fact op value} criterion against a patient: the truth, the words and the question (pathways.md sections
 * 0.3 and 4; #10: a bound that straddles the threshold decides nothing).
 */
class FactTestResolutionTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());

    private static Finding resolve(ClinicalProfile p, FactTest t) {
        return new PatientResolver(new PatientFacts(p, LOWER), Map.of()).resolve(t);
    }

    private static FactTest epoAtMost500() {
        return new FactTest("labs.serumEpo", Operator.LE, new BigDecimal("500"), "mU/mL", 0);
    }

    private static ClinicalProfile epo(String value, String comparator) {
        return Profiles.aProfile()
                .withLab(Analyte.SERUM_EPO, value, "m[IU]/mL", comparator)
                .build();
    }

    @ParameterizedTest(name = "EPO {1}{0} <= 500 -> {2}")
    @CsvSource(
            value = {
                "500, null, TRUE",
                "500.1, null, FALSE",
                "400, >, UNKNOWN", // could be 450 or 600
                "500, >, FALSE",
                "500, <, TRUE",
                "600, <, UNKNOWN",
                "500, >=, UNKNOWN",
                "500, <=, TRUE"
            },
            nullValues = "null")
    void aBoundDecidesOnlyWhenItsWholeRangeAgrees(String value, String comparator, Truth expected) {
        Finding f = resolve(epo(value, comparator), epoAtMost500());

        assertThat(f.truth()).isEqualTo(expected);
        assertThat(f.questions()).isEqualTo(expected == Truth.UNKNOWN ? List.of("Q-EPO") : List.of());
    }

    @Test
    void theWordsSayWhatWasCompared() {
        assertThat(resolve(epo("120", null), epoAtMost500()).because()).endsWith("(<= 500 mU/mL)");
        assertThat(resolve(epo("620", null), epoAtMost500()).because()).endsWith("(not <= 500 mU/mL)");
        assertThat(resolve(epo("400", ">"), epoAtMost500()).because()).endsWith("cannot decide <= 500 mU/mL");
        Finding absent = resolve(Profiles.aProfile().build(), epoAtMost500());
        assertThat(absent.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(absent.because()).isEqualTo("labs.serumEpo not recorded");
        assertThat(absent.questions()).containsExactly("Q-EPO");
    }

    @Test
    void aClinicianOnlyFactIsNeverInferredAndSaysSo() {
        // 0.3 / 2.11: transplant candidacy comes only from a clinician's statement
        FactTest candidate = new FactTest("clinical.transplantCandidate", Operator.EQ, Boolean.TRUE, null, 0);

        Finding unknown = resolve(Profiles.aProfile().withAge(45).build(), candidate);
        Finding stated =
                resolve(Profiles.aProfile().withTransplantCandidate(false).build(), candidate);

        assertThat(unknown.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unknown.because()).endsWith("(a clinician's decision, never inferred)");
        assertThat(unknown.questions()).containsExactly("Q-HCT");
        assertThat(stated.truth()).isEqualTo(Truth.FALSE);
        assertThat(stated.because()).isEqualTo("clinical.transplantCandidate no (not == true)");
        assertThat(stated.questions()).isEmpty();
    }

    @Test
    void choicesCompareByEqualityBothWays() {
        ClinicalProfile mds = Profiles.aProfile().build();
        FactTest isMds = new FactTest("diagnosis.disease", Operator.EQ, "MDS", null, 0);
        FactTest notAml = new FactTest("diagnosis.disease", Operator.NE, "AML", null, 0);
        FactTest notMds = new FactTest("diagnosis.disease", Operator.NE, "MDS", null, 0);

        assertThat(resolve(mds, isMds).truth()).isEqualTo(Truth.TRUE);
        assertThat(resolve(mds, notAml).truth()).isEqualTo(Truth.TRUE);
        assertThat(resolve(mds, notMds).truth()).isEqualTo(Truth.FALSE);
        assertThat(resolve(mds, isMds).because()).isEqualTo("diagnosis.disease MDS (== MDS)");
    }

    @Test
    void aWhatIfOverrideIsNamedAsAnAssumption() {
        PatientFacts f = new PatientFacts(Profiles.aProfile().build(), LOWER);
        PatientResolver r = new PatientResolver(f, Map.of("labs.serumEpo <= 500 mU/mL", Truth.FALSE));

        Finding x = r.resolve(epoAtMost500());

        assertThat(x.truth()).isEqualTo(Truth.FALSE);
        assertThat(x.because()).isEqualTo("labs.serumEpo <= 500 mU/mL assumed FALSE");
        assertThat(r.facts()).isSameAs(f);
    }
}
