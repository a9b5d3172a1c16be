package org.recordpath.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.risk.IpssmInputs;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Disease;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Transfusion;
import org.recordpath.model.profile.Treatment;

/** Readable builders of synthetic profiles: {@code Profiles.aProfile().withVariant("IDH1", "R132H")...}. */
public final class Profiles {
    public static final Provenance SOURCE = new Provenance("synthetic.pdf", 1, null, null, "", ReadMethod.MANUAL, 1.0);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Integer age = 70;
    private Disease disease = Disease.MDS;
    private final Map<Analyte, LabValue> labs = new EnumMap<>(Analyte.class);
    private KaryotypeFinding karyotype;
    private final List<Mutation> mutations = new ArrayList<>();
    private final List<String> negative = new ArrayList<>();
    private Boolean tp53Loh;
    private Transfusion transfusion = Transfusion.unknown();
    private final List<Treatment> treatments = new ArrayList<>();
    private final List<ReportedRisk> reported = new ArrayList<>();
    private Boolean transplantCandidate;
    private Boolean hypocellular;
    private Integer cellularity;
    private Boolean pnh;
    private Boolean symptomatic;

    private Profiles() {}

    /** An adult with MDS and nothing else known. */
    public static Profiles aProfile() {
        return new Profiles();
    }

    /** IPSS-R 2 (Low) and a determinate lower-risk IPSS-M: Hb 9, PLT 150, ANC 2, blasts 2 %, 46,XY, genes negative. */
    public static Profiles aLowerRiskProfile() {
        return aProfile()
                .withHb("9")
                .withPlatelets("150")
                .withAnc("2")
                .withBlasts("2")
                .withNormalKaryotype()
                .withAllIpssmGenesTestedNegative();
    }

    /** IPSS-R 9 (Very High), IPSS-M Very High: blasts 12 %, -7, Hb 8.5, PLT 40, ANC 0.6, genes negative. */
    public static Profiles aHigherRiskProfile() {
        return aProfile()
                .withHb("8.5")
                .withPlatelets("40")
                .withAnc("0.6")
                .withBlasts("12")
                .withKaryotype("45,XY,-7[20]", CytoCategory.POOR, false, true, false, 1)
                .withAllIpssmGenesTestedNegative();
    }

    public Profiles withAge(Integer a) {
        age = a;
        return this;
    }

    public Profiles withDisease(Disease d) {
        disease = d;
        return this;
    }

    public Profiles withLab(Analyte a, String value, String unit, String comparator) {
        return withLabOn(a, value, unit, comparator, TODAY);
    }

    public Profiles withLabOn(Analyte a, String value, String unit, String comparator, LocalDate date) {
        labs.put(a, new LabValue(new BigDecimal(value), unit, comparator, date, SOURCE, List.of(), List.of()));
        return this;
    }

    public Profiles withoutLab(Analyte a) {
        labs.remove(a);
        return this;
    }

    public Profiles withHb(String v) {
        return withLab(Analyte.HEMOGLOBIN, v, "g/dL", null);
    }

    public Profiles withPlatelets(String v) {
        return withLab(Analyte.PLATELETS, v, "10*9/L", null);
    }

    public Profiles withAnc(String v) {
        return withLab(Analyte.ANC, v, "10*9/L", null);
    }

    public Profiles withBlasts(String v) {
        return withLab(Analyte.BM_BLASTS, v, "%", null);
    }

    public Profiles withRingSideroblasts(String v) {
        return withLab(Analyte.RING_SIDEROBLASTS, v, "%", null);
    }

    public Profiles withEpo(String v) {
        return withLab(Analyte.SERUM_EPO, v, "m[IU]/mL", null);
    }

    public Profiles withFerritin(String v) {
        return withLab(Analyte.FERRITIN, v, "ng/mL", null);
    }

    public Profiles withKaryotype(
            String iscn, CytoCategory cat, Boolean del5q, Boolean minus7, Boolean complex, Integer count) {
        karyotype = new KaryotypeFinding(
                iscn, cat, del5q, minus7, false, complex, null, count, List.of(), "karyotype", 20, TODAY, SOURCE);
        return this;
    }

    public Profiles withKaryotype(KaryotypeFinding finding) {
        karyotype = finding;
        return this;
    }

    public Profiles withNormalKaryotype() {
        return withKaryotype("46,XY[20]", CytoCategory.GOOD, false, false, false, 0);
    }

    public Profiles withIsolatedDel5q() {
        return withKaryotype("46,XY,del(5)(q13q33)[18]/46,XY[2]", CytoCategory.GOOD, true, false, false, 1);
    }

    public Profiles withDel5qAndMinus7() {
        return withKaryotype("45,XY,del(5)(q13q33),-7[14]/46,XY[6]", CytoCategory.POOR, true, true, false, 2);
    }

    public Profiles withComplexKaryotype() {
        return withKaryotype(
                "44,XY,del(5)(q13q33),-7,-17,+mar[16]/46,XY[4]", CytoCategory.VERY_POOR, true, true, true, 4);
    }

    public Profiles withoutKaryotype() {
        karyotype = null;
        return this;
    }

    public Profiles withVariant(String gene, String hgvsP) {
        return withVariant(gene, hgvsP, "30");
    }

    public Profiles withVariant(String gene, String hgvsP, String vaf) {
        negative.remove(gene);
        mutations.add(new Mutation(
                gene, null, "p." + hgvsP, null, new BigDecimal(vaf), Classification.PATHOGENIC, false, SOURCE));
        return this;
    }

    public Profiles withVus(String gene, String hgvsP) {
        negative.remove(gene);
        mutations.add(
                new Mutation(gene, null, "p." + hgvsP, null, new BigDecimal("20"), Classification.VUS, false, SOURCE));
        return this;
    }

    public Profiles withNegativeGenes(String... genes) {
        negative.addAll(List.of(genes));
        return this;
    }

    /** Every IPSS-M gene tested negative, MLL-PTD and FLT3 assessed (pathways.md section 1.3 convention). */
    public Profiles withAllIpssmGenesTestedNegative() {
        negative.addAll(IpssmInputs.MAIN_GENES);
        negative.addAll(IpssmInputs.RESIDUAL_GENES);
        negative.addAll(List.of("SF3B1", "TP53", "FLT3", "KMT2A-PTD"));
        return this;
    }

    public Profiles withoutResidualGenesTested() {
        negative.removeAll(IpssmInputs.RESIDUAL_GENES);
        return this;
    }

    public Profiles withTp53Loh(Boolean loh) {
        tp53Loh = loh;
        return this;
    }

    public Profiles withTransfusions(String per8Weeks, Integer total) {
        transfusion = new Transfusion(new BigDecimal(per8Weeks), null, total, null, null, null, TODAY, Map.of());
        return this;
    }

    public Profiles withTransfusionsIn16Weeks(int units, int episodes) {
        transfusion = new Transfusion(null, null, null, units, episodes, null, TODAY, Map.of());
        return this;
    }

    public Profiles withTreatment(String drug, String start, String end, Integer cycles, String best, String stopped) {
        treatments.add(
                new Treatment(drug, null, start, end, cycles, best, stopped, end == null && stopped == null, SOURCE));
        return this;
    }

    public Profiles withReportedRisk(String system, String score, String category) {
        reported.add(new ReportedRisk(system, score == null ? null : new BigDecimal(score), category, TODAY, SOURCE));
        return this;
    }

    public Profiles withTransplantCandidate(Boolean candidate) {
        transplantCandidate = candidate;
        return this;
    }

    public Profiles withHypocellularMarrow(Boolean hypo, Integer cellularityPct) {
        hypocellular = hypo;
        cellularity = cellularityPct;
        return this;
    }

    public Profiles withPnhClone(Boolean p) {
        pnh = p;
        return this;
    }

    public Profiles withClinicianSymptomaticAnemia(Boolean s) {
        symptomatic = s;
        return this;
    }

    public ClinicalProfile build() {
        return new ClinicalProfile(
                TODAY,
                new Demographics(age, "M", Map.of()),
                new Diagnosis(disease, null, null, null, null, null, null, Map.of()),
                Labs.fromMap(labs),
                karyotype,
                mutations,
                negative,
                Map.of(),
                tp53Loh,
                transfusion,
                treatments,
                null,
                reported,
                new Clinical(
                        null,
                        transplantCandidate,
                        null,
                        hypocellular,
                        cellularity,
                        null,
                        pnh,
                        null,
                        symptomatic,
                        null,
                        null,
                        Map.of()),
                List.of());
    }
}
