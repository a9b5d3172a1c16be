package org.recordpath.model.fact;

/** The contract paths facts are filed under (labs use {@code Analyte.path()}). */
public final class Fields {
    public static final String AGE = "demographics.age";
    public static final String SEX = "demographics.sex";
    public static final String DISEASE = "diagnosis.disease";
    public static final String STATED_TYPE = "diagnosis.statedType";
    public static final String WHO2022 = "diagnosis.who2022";
    public static final String ICC2022 = "diagnosis.icc2022";
    public static final String ICD10 = "diagnosis.icd10";
    public static final String DIAGNOSIS_DATE = "diagnosis.date";
    public static final String THERAPY_RELATED = "diagnosis.therapyRelated";
    public static final String KARYOTYPE = "karyotype";
    public static final String MUTATION = "mutations";
    public static final String NEGATIVE_GENE = "negativeGenes";
    public static final String TP53_LOH = "tp53Loh";
    public static final String RBC_UNITS_PER_8_WEEKS = "transfusion.rbcUnitsPer8Weeks";
    public static final String TRANSFUSION_DEPENDENT = "transfusion.dependent";
    public static final String TOTAL_RBC_UNITS = "transfusion.totalRbcUnits";
    public static final String PLATELET_TRANSFUSION_DEPENDENT = "transfusion.plateletTransfusionDependent";
    public static final String TREATMENT = "treatments";
    public static final String TREATMENTS_COMPLETE = "treatmentsComplete";
    public static final String REPORTED_RISK = "reportedRisk";
    public static final String ECOG = "clinical.ecog";
    public static final String TRANSPLANT_CANDIDATE = "clinical.transplantCandidate";
    public static final String DONOR = "clinical.donor";
    public static final String HYPOCELLULAR = "clinical.hypocellular";
    public static final String MARROW_CELLULARITY = "clinical.marrowCellularityPct";
    public static final String FIBROSIS_GRADE = "clinical.fibrosisGrade";
    public static final String PNH_CLONE = "clinical.pnhClone";
    public static final String HLA_DR15 = "clinical.hlaDr15";
    public static final String SYMPTOMATIC_ANEMIA = "clinical.symptomaticAnemia";
    public static final String BLEEDING = "clinical.bleeding";
    public static final String RECURRENT_INFECTIONS = "clinical.recurrentInfections";
    public static final String PREGNANT = "clinical.pregnant";
    public static final String CHILDBEARING_POTENTIAL = "clinical.childbearingPotential";

    private Fields() {}
}
