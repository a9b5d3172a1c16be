package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one diagnosis field names, from the code table and vocabulary of pathways.md sections 3.3 and 3.5 (#10). */
class DiagnosisTermsTest {

    @ParameterizedTest(name = "ICD-10 {0} -> {1}")
    @CsvSource(
            value = {
                "D46.0, MDS",
                "D46.22, MDS",
                "d46.c, MDS",
                "D46.9, MDS",
                "C92.00, AML",
                "C92.A0, AML", // AML with multilineage dysplasia
                "C92.Z0, AML",
                "C93.10, CMML",
                "C92.20, MDS/MPN", // atypical CML
                "C93.30, MDS/MPN", // JMML
                "C94.6, null", // myelodysplastic disease, not classified: ambiguous, review
                "C93.00, AML",
                "C94.00, AML",
                "C94.20, AML",
                "C92.10, not MDS", // CML: another cancer, not AML
                "C50.9, not MDS",
                "D47.1, not MDS",
                "D61.9, not MDS",
                "D75.81, not MDS",
                "D59.5, null",
                "Z94.84, null",
                "'', null"
            },
            nullValues = "null")
    void icd10Codes(String code, String disease) {
        assertThat(DiagnosisTerms.ofIcd10(code)).isEqualTo(disease);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            value = {
                "MDS-LB, MDS",
                "Myelodysplastic syndrome with excess blasts-2, MDS",
                "RCMD, MDS",
                "refractory anemia with ring sideroblasts, MDS",
                "MDS/AML, MDS", // ICC 10-19 % blasts: still in the MDS guideline
                "CMML-1, CMML",
                "chronic myelomonocytic leukemia, CMML",
                "MDS/MPN with SF3B1 mutation and thrombocytosis, MDS/MPN",
                "MDS/MPN-RS-T, MDS/MPN",
                "atypical chronic myeloid leukemia, MDS/MPN",
                "AML with myelodysplasia-related changes, AML",
                "RAEB-T, AML", // FAB RAEB in transformation: 20-29 % blasts, AML today
                "acute myeloid leukaemia, AML",
                "CCUS, not MDS",
                "aplastic anemia, not MDS",
                "iron deficiency anemia, null",
                "'', null"
            },
            nullValues = "null")
    void writtenTypes(String text, String disease) {
        assertThat(DiagnosisTerms.ofType(text)).isEqualTo(disease);
    }
}
