package org.recordpath.fhir.codes;

/**
 * LOINC codes used on import and export; lab codes are the verified ones of pathways.md section 3.4, genomic codes
 * those of the HL7 Genomics Reporting IG. Bone-marrow blasts and ring sideroblasts have no verified code and are
 * matched by text.
 */
public final class Loinc {
    public static final String HEMOGLOBIN = "718-7";
    public static final String PLATELETS = "777-3";
    public static final String ANC_AUTOMATED = "751-8";
    public static final String ANC = "26499-4";
    public static final String WBC_AUTOMATED = "6690-2";
    public static final String WBC = "26464-8";
    public static final String MCV = "787-2";
    public static final String SERUM_EPO = "15061-5";
    public static final String FERRITIN = "2276-4";
    public static final String PB_BLASTS_PCT = "26446-5";
    public static final String ECOG = "89247-1";

    public static final String VARIANT_ASSESSMENT = "69548-6";
    public static final String GENE_STUDIED = "48018-6";
    public static final String HGVS_C = "48004-6";
    public static final String HGVS_P = "48005-3";
    public static final String ALLELE_FREQUENCY = "81258-6";
    public static final String CLINICAL_SIGNIFICANCE = "53037-8";
    public static final String GENOMIC_SOURCE_CLASS = "48002-0";
    public static final String VARIANT_ISCN = "81291-7";
    public static final String GENETIC_VARIANT_REPORT = "81247-9";

    public static final String PRESENT = "LA9633-4";
    public static final String ABSENT = "LA9634-2";
    public static final String GERMLINE = "LA6683-2";
    public static final String SOMATIC = "LA6684-0";
    public static final String PATHOGENIC = "LA6668-3";
    public static final String LIKELY_PATHOGENIC = "LA26332-9";
    public static final String UNCERTAIN_SIGNIFICANCE = "LA26333-7";
    public static final String LIKELY_BENIGN = "LA26334-5";
    public static final String BENIGN = "LA6675-8";

    private Loinc() {}
}
