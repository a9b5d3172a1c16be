package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementExtractorTest {
    private final StatementExtractor statements = new StatementExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Denies fevers, night sweats or bleeding.|clinical.bleeding|no",
                "Gum bleeding for two weeks.|clinical.bleeding|yes",
                "Symptomatic anemia with exertional dyspnea.|clinical.symptomaticAnemia|yes",
                "Recurrent pneumonias this year.|clinical.recurrentInfections|yes",
                "Platelet transfusion dependent since May.|transfusion.plateletTransfusionDependent|yes",
                "TP53 multi-hit with copy-neutral LOH on SNP array.|tp53Loh|yes",
            })
    void clinicianStatementsAreYesOrNo(String text, String field, String value) {
        assertThat(Snippets.affirmed(statements, text, field))
                .extracting(f -> f.value().display())
                .containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PLAN\\nPlatelet transfusion for < 10 or bleeding.",
                "FAMILY HISTORY\\nMother with recurrent infections."
            })
    void plansAndRelativesAreNotStatementsAboutThePatient(String text) {
        assertThat(statements.extract(Snippets.doc(text.replace("\\n", "\n")))).noneMatch(f -> f.isAffirmed());
    }
}
