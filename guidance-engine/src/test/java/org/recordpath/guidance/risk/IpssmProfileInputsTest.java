package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Mutation;

/** Filling IPSS-M inputs from the profile (risk-scores.md section 2.8). */
class IpssmProfileInputsTest {

    @Test
    void driverIsOneVusIsZeroAndUntestedIsMissing() {
        ClinicalProfile p = Profiles.aProfile()
                .withVariant("ASXL1", "G646Wfs*12")
                .withVus("RUNX1", "A1V")
                .withNegativeGenes("NRAS")
                .build();

        IpssmInputs in = IpssmProfileInputs.from(p);

        assertThat(in.gene("ASXL1")).isEqualTo(1);
        assertThat(in.gene("RUNX1")).isEqualTo(0);
        assertThat(in.gene("NRAS")).isEqualTo(0);
        assertThat(in.gene("KRAS")).isNull();
    }

    @Test
    void mllPtdIsMissingUnlessAssessedAndOneForAPtdCall() {
        assertThat(IpssmProfileInputs.from(
                                Profiles.aProfile().withNegativeGenes("KMT2A").build())
                        .gene("MLL_PTD"))
                .isNull();
        assertThat(IpssmProfileInputs.from(Profiles.aProfile()
                                .withNegativeGenes("KMT2A-PTD")
                                .build())
                        .gene("MLL_PTD"))
                .isEqualTo(0);
        ClinicalProfile ptd = withMutation(
                new Mutation("KMT2A", null, null, "PTD", null, Classification.PATHOGENIC, false, Profiles.SOURCE));
        assertThat(IpssmProfileInputs.from(ptd).gene("MLL_PTD")).isEqualTo(1);
    }

    @Test
    void flt3CountsItdAndTkd() {
        ClinicalProfile itd = withMutation(new Mutation(
                "FLT3", null, null, "ITD", new BigDecimal("12"), Classification.PATHOGENIC, false, Profiles.SOURCE));
        assertThat(IpssmProfileInputs.from(itd).gene("FLT3")).isEqualTo(1);
        assertThat(IpssmProfileInputs.from(
                                Profiles.aProfile().withVariant("FLT3", "D835Y").build())
                        .gene("FLT3"))
                .isEqualTo(1);
        assertThat(IpssmProfileInputs.from(
                                Profiles.aProfile().withNegativeGenes("FLT3").build())
                        .gene("FLT3"))
                .isEqualTo(0);
    }

    // #10: the authors' R package counts a pathogenic FLT3 variant of unstated type as FLT3 mutated
    @Test
    void flt3OfUnstatedTypeCountsAsMutated() {
        ClinicalProfile unstated = withMutation(new Mutation(
                "FLT3", null, null, null, new BigDecimal("20"), Classification.PATHOGENIC, false, Profiles.SOURCE));
        assertThat(IpssmProfileInputs.from(unstated).gene("FLT3")).isEqualTo(1);
        ClinicalProfile vus = withMutation(new Mutation(
                "FLT3", null, "p.V592A", null, new BigDecimal("20"), Classification.VUS, false, Profiles.SOURCE));
        assertThat(IpssmProfileInputs.from(vus).gene("FLT3")).isEqualTo(0);
        assertThat(IpssmProfileInputs.from(Profiles.aProfile().build()).gene("FLT3"))
                .isNull();
    }

    @Test
    void tp53CountsDistinctVariantsAndTakesTheHighestVaf() {
        ClinicalProfile p = Profiles.aProfile()
                .withVariant("TP53", "R248Q", "30")
                .withVariant("TP53", "R175H", "61")
                .withVariant("TP53", "Y220C", "5")
                .build();

        IpssmInputs in = IpssmProfileInputs.from(p);

        assertThat(in.tp53mut()).isEqualTo(2);
        assertThat(in.tp53maxVafPct()).isEqualTo(61.0);
        assertThat(IpssmProfileInputs.from(
                                Profiles.aProfile().withNegativeGenes("TP53").build())
                        .tp53mut())
                .isEqualTo(0);
        assertThat(IpssmProfileInputs.from(Profiles.aProfile().build()).tp53mut())
                .isNull();
    }

    @Test
    void u2af1l5IsReportedAsU2af1() {
        ClinicalProfile p = withMutation(new Mutation(
                "U2AF1L5", null, "p.S34F", null, null, Classification.LIKELY_PATHOGENIC, false, Profiles.SOURCE));
        assertThat(IpssmProfileInputs.from(p).gene("U2AF1")).isEqualTo(1);
    }

    @Test
    void karyotypeFlagsAndLohComeFromTheProfile() {
        IpssmInputs in = IpssmProfileInputs.from(
                Profiles.aProfile().withComplexKaryotype().withTp53Loh(true).build());
        assertThat(List.of(in.del5q(), in.del7_7q(), in.complex(), in.tp53loh(), in.cyto()))
                .containsExactly(1, 1, 1, 1, 4);
    }

    private static ClinicalProfile withMutation(Mutation m) {
        ClinicalProfile base = Profiles.aProfile().build();
        return new ClinicalProfile(
                base.asOf(),
                base.demographics(),
                base.diagnosis(),
                base.labs(),
                base.karyotype(),
                List.of(m),
                base.negativeGenes(),
                base.negativeGeneSources(),
                base.tp53Loh(),
                base.transfusion(),
                base.treatments(),
                base.treatmentsComplete(),
                base.reportedRisk(),
                base.clinical(),
                base.conflicts());
    }
}
