package org.recordpath.fhir.codes;

/** Canonical URIs of the code systems read and written. */
public final class CodeSystems {
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String HGNC = "http://www.genenames.org/geneId";
    public static final String HGVS = "http://varnomen.hgvs.org";
    public static final String ISCN = "https://iscn.karger.com";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public static final String CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /** RecordPath's own: the WHO 2022 MDS type as written in the contract (e.g. "MDS-IB1"). */
    public static final String RECORDPATH_WHO2022 = "urn:recordpath:who2022";
    /** RecordPath's own: pathway ids of the guideline pack. */
    public static final String RECORDPATH_PATHWAY = "urn:recordpath:pathway";
    /** RecordPath's own: pathway outcome MATCH, POSSIBLE, NOT_MATCHED. */
    public static final String RECORDPATH_PATHWAY_STATUS = "urn:recordpath:pathway-status";

    private CodeSystems() {}
}
